/**
 * What libphonenumber-js's metadata says about one candidate string read with one default region:
 * the number when it is possible and valid there, null otherwise. The answer depends on nothing
 * else, so it is remembered across blocks, pages and tabs for as long as the worker lives: pages
 * repeat their numbers (headers, footers, listings) and readers revisit pages.
 */
import { type CountryCode, type PhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { type LineType, lineOf } from './line-type';

/** Enough for the distinct numbers of many busy pages; the oldest answers go first. */
const REMEMBERED = 20_000;

const answers = new Map<string, PhoneNumber | null>();
const types = new WeakMap<PhoneNumber, LineType | null>();

function remember(key: string, answer: PhoneNumber | null): PhoneNumber | null {
  if (answers.size >= REMEMBERED) {
    const oldest = answers.keys().next();
    if (oldest.done !== true) answers.delete(oldest.value);
  }
  answers.set(key, answer);
  return answer;
}

function parsed(candidate: string, region: CountryCode): PhoneNumber | null {
  try {
    const number = parsePhoneNumber(candidate, { defaultCountry: region });
    if (!number.isPossible()) return null;
    // A calling code shared by several regions and no region fitting the digits: libphonenumber-js
    // judges the number by the calling code's main plan.
    if (number.country === undefined) return number.isValid() ? number : null;
    const line = lineOf(number.nationalNumber, number.country);
    if (!line.valid) return null;
    types.set(number, line.type);
    return number;
  } catch {
    // Not a number at all: too short, too long, no country.
    return null;
  }
}

/** The valid number `candidate` is when read in `region`, or null. */
export function verifiedNumber(candidate: string, region: CountryCode): PhoneNumber | null {
  const key = `${region} ${candidate}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  return remember(key, parsed(candidate, region));
}

/** The number's line type (mobile, fixed line…), worked out once per number. */
export function numberTypeOf(number: PhoneNumber): LineType | null {
  const known = types.get(number);
  if (known !== undefined) return known;
  const type = number.getType() ?? null;
  types.set(number, type);
  return type;
}

/** Forgets every answer, so a benchmark can time a reader that has seen nothing. */
export function forgetVerifiedNumbers(): void {
  answers.clear();
}
