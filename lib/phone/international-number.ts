/**
 * A number written with "+" and its country code ("+44 20 7946 0958"), read straight from
 * libphonenumber-js's metadata: the calling code, the region among those sharing it (by leading
 * digits, then by which region's plan gives the digits a line type, in the metadata's order, as
 * libphonenumber-js does), validity and line type (line-type.ts). Parsing such a number with
 * libphonenumber-js costs some thirty microseconds, most of it compiling the same patterns again;
 * a contact directory holds thousands. Anything this reading cannot settle the same way
 * libphonenumber-js would — brackets, letters, an extension, digits that may start with a
 * national prefix, a calling code with no region — is left to the parser (undefined).
 */
import { type CountryCode, getCountries, getCountryCallingCode, Metadata } from 'libphonenumber-js/max';
import { type LineType, lineOf } from './line-type';

export interface InternationalReading {
  /** E.164. */
  number: string;
  country: CountryCode;
  type: LineType | null;
}

/** What the metadata holds beyond what libphonenumber-js's typings declare. */
interface CallingCodeRegions {
  getCountryCodesForCallingCode(callingCode: string): CountryCode[] | undefined;
}
interface ParsingRules {
  leadingDigits(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
}

interface RegionRules {
  region: CountryCode;
  leadingDigits: RegExp | null;
  nationalPrefix: RegExp | null;
}

/** "+", then digits with the spaces, dots, dashes and slashes people write between them. */
const PLAIN_INTERNATIONAL = /^\+[0-9][0-9 ./-]*$/;
const MAX_CALLING_CODE_DIGITS = 3;

function rulesOf(region: CountryCode): RegionRules {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan as unknown as ParsingRules;
  const leading = plan.leadingDigits();
  const prefix = plan.nationalPrefixForParsing();
  return {
    region,
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : null,
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
  };
}

let byCallingCode: Map<string, RegionRules[]> | undefined;

/** The regions of each calling code, in the metadata's order (the main region first). */
export function regionsByCallingCode(): Map<string, RegionRules[]> {
  if (byCallingCode !== undefined) return byCallingCode;
  const metadata = new Metadata() as unknown as CallingCodeRegions;
  byCallingCode = new Map();
  for (const code of new Set(getCountries().map((region) => getCountryCallingCode(region)))) {
    byCallingCode.set(code, (metadata.getCountryCodesForCallingCode(code) ?? []).map(rulesOf));
  }
  return byCallingCode;
}

/** The region libphonenumber-js gives a national number among those sharing its calling code. */
export function regionOf(nationalNumber: string, regions: readonly RegionRules[]): RegionRules | undefined {
  if (regions.length === 1) return regions[0];
  return regions.find((rules) =>
    rules.leadingDigits !== null
      ? rules.leadingDigits.test(nationalNumber)
      : lineOf(nationalNumber, rules.region).type !== null,
  );
}

/**
 * The valid number `candidate` is, null when it is not one, or undefined when this reading cannot
 * tell and libphonenumber-js's parser must.
 */
export function readInternational(candidate: string): InternationalReading | null | undefined {
  if (!PLAIN_INTERNATIONAL.test(candidate)) return undefined;
  const digits = candidate.replace(/[^0-9]/g, '');
  const table = regionsByCallingCode();
  for (let length = 1; length <= MAX_CALLING_CODE_DIGITS; length++) {
    const code = digits.slice(0, length);
    const regions = table.get(code);
    if (regions === undefined) continue;
    const nationalNumber = digits.slice(length);
    const rules = regionOf(nationalNumber, regions);
    // No region fits, or the digits may begin with a national prefix the parser would weigh.
    if (rules === undefined || regions.some((r) => r.nationalPrefix?.test(nationalNumber))) return undefined;
    const line = lineOf(nationalNumber, rules.region);
    return line.valid
      ? { number: `+${code}${nationalNumber}`, country: rules.region, type: line.type }
      : null;
  }
  // A calling code with no region (+800, +882…): the parser knows the non-geographic plans.
  return undefined;
}
