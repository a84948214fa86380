/**
 * Two-digit emergency codes (France's SAMU 15, police 17, pompiers 18; Pakistan's police 15), read
 * only on a page of a region that lists them, only with an emergency service named beside them and
 * no counted word after them: a bare "15" is far more often a price, a date or a count ("15 patients").
 */
import type { PhoneFinding } from '@/lib/finding';
import { rejectionReason } from './guards';
import { shortCodeEntries } from './short-code-catalog';
import { shortCodeFinding } from './short-code-finder';
import { hasEmergencyWord, hasUnitAfter, hasWordAfter } from './short-code-words';
import { type IsTaken, nothingTaken } from './spans';

const TWO_DIGIT_CODES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const { code, region } of shortCodeEntries) {
    if (code.length === 2) map.set(region, (map.get(region) ?? new Set()).add(code));
  }
  return map;
})();

/**
 * Each region's codes as one pattern, so only those two digits stop the regex engine, not every pair
 * of a French "06 12 34 56 78"; the character before is checked by hand.
 */
const CODE_PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  [...TWO_DIGIT_CODES].map(([region, codes]) => [
    region,
    new RegExp(`(?:${[...codes].join('|')})(?![0-9]|[.,:/-][0-9])`, 'g'),
  ]),
);
const PART_OF_LONGER = /[0-9.,/+-]/;

/** The regions that list two-digit emergency codes. */
export function regionsWithTwoDigitCodes(): string[] {
  return [...TWO_DIGIT_CODES.keys()];
}

/**
 * Two-digit emergency codes in `text` on a page of `region`, each beside an emergency word. Digits
 * inside what `isTaken` (asked in document order) already holds are not read again.
 */
export function twoDigitEmergencyCodesIn(
  text: string,
  region: string,
  isTaken: IsTaken = nothingTaken,
): PhoneFinding[] {
  const pattern = CODE_PATTERNS.get(region);
  if (pattern === undefined) return [];
  const findings: PhoneFinding[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + 2;
    if (start > 0 && PART_OF_LONGER.test(text.charAt(start - 1))) continue;
    if (isTaken(start, end)) continue;
    if (hasUnitAfter(text, end) || hasWordAfter(text, end) || !hasEmergencyWord(text, start, end)) continue;
    if (rejectionReason(text, start, end) !== null) continue;
    findings.push(shortCodeFinding(text, start, end, match[0], region));
  }
  return findings;
}
