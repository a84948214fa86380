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
import type { CountryCode } from 'libphonenumber-js/max';
import { type LineType, lineOf } from './line-type';
import { regionOf, regionsByCallingCode } from './plan-rules';

export interface InternationalReading {
  /** E.164. */
  number: string;
  country: CountryCode;
  type: LineType | null;
}

/** "+", then digits with the spaces, dots, dashes and slashes people write between them. */
const PLAIN_INTERNATIONAL = /^\+[0-9][0-9 ./-]*$/;
const MAX_CALLING_CODE_DIGITS = 3;

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
