/**
 * What libphonenumber-js's metadata says about one candidate string read with one default region:
 * the number when it is possible and valid there, null otherwise. The answer depends on nothing
 * else, so it is remembered across blocks, pages and tabs for as long as the worker lives: pages
 * repeat their numbers (headers, footers, listings) and readers revisit pages.
 */
import { type CountryCode, parsePhoneNumber } from 'libphonenumber-js/max';
import { readInternational } from './international-number';
import { type LineType, lineOf } from './line-type';
import { readNational } from './national-number';

/** A number as the finders report it. */
export interface ReadNumber {
  /** E.164. */
  number: string;
  country: CountryCode | undefined;
  ext?: string;
  type: LineType | null;
}

/** Enough for the distinct numbers of many busy pages; the oldest answers go first. */
const REMEMBERED = 20_000;

const answers = new Map<string, ReadNumber | null>();

function remember(key: string, answer: ReadNumber | null): ReadNumber | null {
  if (answers.size >= REMEMBERED) {
    const oldest = answers.keys().next();
    if (oldest.done !== true) answers.delete(oldest.value);
  }
  answers.set(key, answer);
  return answer;
}

/**
 * What libphonenumber-js's parser makes of `candidate` read in `region`: what the readings from the
 * metadata (international-number.ts, national-number.ts) are held to, and what decides where they
 * cannot.
 */
export function parsedByLibphonenumber(candidate: string, region: CountryCode): ReadNumber | null {
  try {
    const number = parsePhoneNumber(candidate, { defaultCountry: region });
    if (!number.isPossible()) return null;
    const ext = number.ext === undefined ? {} : { ext: number.ext };
    // A calling code shared by several regions and no region fitting the digits: libphonenumber-js
    // judges the number by the calling code's main plan.
    if (number.country === undefined) {
      return number.isValid()
        ? { number: number.number, country: undefined, ...ext, type: number.getType() ?? null }
        : null;
    }
    const line = lineOf(number.nationalNumber, number.country);
    return line.valid ? { number: number.number, country: number.country, ...ext, type: line.type } : null;
  } catch {
    // Not a number at all: too short, too long, no country.
    return null;
  }
}

/** Read from the metadata where that settles it (null: not a valid number), else by the parser. */
function parsed(candidate: string, region: CountryCode): ReadNumber | null {
  const international = readInternational(candidate);
  if (international !== undefined) return international;
  const national = readNational(candidate, region);
  return national !== undefined ? national : parsedByLibphonenumber(candidate, region);
}

/** The valid number `candidate` is when read in `region`, or null. */
export function verifiedNumber(candidate: string, region: CountryCode): ReadNumber | null {
  const key = `${region} ${candidate}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  return remember(key, parsed(candidate, region));
}

/** Forgets every answer, so a benchmark can time a reader that has seen nothing. */
export function forgetVerifiedNumbers(): void {
  answers.clear();
}
