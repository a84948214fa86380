/**
 * A number written in a region's national form ("010 6552 9988", "(02) 2311-4567", "138 0013
 * 8000") read straight from libphonenumber-js's metadata, the way its parser reads it with that
 * region as the default: the national prefix taken off where the plan's rule for it matches and
 * the rest still fits the plan (libphonenumber-js extractNationalNumber), the region among those
 * sharing the calling code (international-number.ts), validity and line type (line-type.ts).
 * Parsing costs some thirty microseconds a number, most of it compiling the same patterns again;
 * on a page where every number is new, that was most of the finder's time.
 *
 * Digits after the region's international prefix are read as an international number, and digits
 * that begin with the region's calling code with or without it, as the parser weighs them.
 * Whatever else the parser weighs is left to it (undefined): brackets that do not open the number,
 * letters, an extension, a prefix that carries a carrier code or is rewritten by a rule.
 */
import { type CountryCode, getCountries } from 'libphonenumber-js/max';
import { readInternational } from './international-number';
import { type LineType, lineOf } from './line-type';
import { type PlanRules, planRulesOf, regionOf, regionsByCallingCode } from './plan-rules';

export interface NationalReading {
  /** E.164. */
  number: string;
  country: CountryCode;
  type: LineType | null;
}

/** Digits and the spaces, dots, dashes and slashes between them, an area code in brackets first. */
const PLAIN_NATIONAL = /^(?:\([0-9]{1,6}\) ?)?[0-9][0-9 ./-]*$/;
/** libphonenumber-js's bounds for a national significant number (MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN). */
const SHORTEST = 2;
const LONGEST = 17;
/** libphonenumber-js's MAX_INPUT_STRING_LENGTH: longer input is refused whatever it holds. */
const LONGEST_INPUT = 250;

let shortestAnywhere: number | undefined;

/** The fewest digits a national number has in any region's plan (four, in Niue and a few more). */
function fewestDigitsAnywhere(): number {
  shortestAnywhere ??= Math.min(
    ...getCountries().map((region) => planRulesOf(region).lengths[0] ?? SHORTEST),
  );
  return shortestAnywhere;
}

/** libphonenumber-js checkNumberLength: TOO_SHORT or INVALID_LENGTH make the number impossible. */
function tooShortOrOddLength(nationalNumber: string, lengths: readonly number[]): boolean {
  const shortest = lengths[0];
  const longest = lengths.at(-1);
  if (shortest === undefined || longest === undefined) return false;
  const length = nationalNumber.length;
  if (length === shortest) return false;
  if (length < shortest) return true;
  if (length > longest) return false;
  return !lengths.includes(length);
}

/**
 * The national significant number, the prefix taken off as libphonenumber-js's extractNationalNumber
 * takes it, or undefined where the prefix carries a carrier code or is rewritten.
 */
function nationalSignificant(digits: string, rules: PlanRules): string | undefined {
  const prefix = rules.nationalPrefix?.exec(digits);
  if (prefix === null || prefix === undefined) return digits;
  // A group the rule captured is a carrier code, or what a rewrite rule keeps (Argentina's "15").
  const lastGroup = prefix.length > 1 ? prefix[prefix.length - 1] : undefined;
  if (lastGroup) return undefined;
  const rest = digits.slice(prefix[0].length);
  if (rest === digits) return digits;
  // Kept whole when only the whole fits the plan, or when the rest is too short, or of a length
  // the plan of the region it would belong to does not allow.
  if (rules.nationalNumber.test(digits) && !rules.nationalNumber.test(rest)) return digits;
  const regions = regionsByCallingCode().get(rules.callingCode) ?? [];
  const lengthsFrom = regionOf(rest, regions) ?? rules;
  return rules.lengths.length > 0 && tooShortOrOddLength(rest, lengthsFrom.lengths) ? digits : rest;
}

/**
 * Digits that begin with the page region's calling code and no "+", as libphonenumber-js reads them
 * (extractCountryCallingCodeFromInternationalNumberWithoutPlusSign): without the code when only
 * that fits the plan or the whole is too long for it ("1 800 331 0500" on a US page), else whole
 * ("4930…" in Germany may be an area code). Undefined where the region is not its code's main one
 * (the parser would then read with the main region's plan) or a prefix needs the parser.
 */
function callingCodeTakenOff(digits: string, rules: PlanRules): string | undefined {
  if (regionsByCallingCode().get(rules.callingCode)?.[0] !== rules) return undefined;
  const whole = nationalSignificant(digits, rules);
  const shorter = nationalSignificant(digits.slice(rules.callingCode.length), rules);
  if (whole === undefined || shorter === undefined) return undefined;
  const longest = rules.lengths.at(-1);
  const tooLong = longest !== undefined && whole.length > longest;
  const onlyShorterFits = !rules.nationalNumber.test(whole) && rules.nationalNumber.test(shorter);
  return onlyShorterFits || tooLong ? shorter : whole;
}

/**
 * The valid number `candidate` is when read in `region`, null when it is not one, or undefined
 * when this reading cannot tell and libphonenumber-js's parser must.
 */
export function readNational(candidate: string, region: CountryCode): NationalReading | null | undefined {
  if (candidate.length > LONGEST_INPUT || !PLAIN_NATIONAL.test(candidate)) return undefined;
  const digits = candidate.replace(/[^0-9]/g, '');
  // Fewer digits are no number anywhere, whether the parser finds them too few or too short.
  if (digits.length < fewestDigitsAnywhere()) return null;
  const rules = planRulesOf(region);
  // "00 852 …", "011 81 …": after the region's international prefix, an international number. A 0
  // after it (libphonenumber-js then keeps the prefix) starts no calling code: the parser decides.
  const internationalPrefix = rules.internationalPrefix.exec(digits);
  if (internationalPrefix !== null)
    return readInternational(`+${digits.slice(internationalPrefix[0].length)}`);
  const nationalNumber = digits.startsWith(rules.callingCode)
    ? callingCodeTakenOff(digits, rules)
    : nationalSignificant(digits, rules);
  if (nationalNumber === undefined) return undefined;
  if (nationalNumber.length < SHORTEST || nationalNumber.length > LONGEST) return null;
  const regions = regionsByCallingCode().get(rules.callingCode) ?? [];
  // Where no region of the code fits, the number is valid in none of them: the region named is moot.
  const country = regionOf(nationalNumber, regions)?.region ?? region;
  const line = lineOf(nationalNumber, country);
  return line.valid ? { number: `+${rules.callingCode}${nationalNumber}`, country, type: line.type } : null;
}
