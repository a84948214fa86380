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

// Digits first, so the regex engine skips prose quickly; the character before is checked by hand.
const TWO_DIGITS = /[0-9]{2}(?![0-9]|[.,:/-][0-9])/g;
const PART_OF_LONGER = /[0-9.,/+-]/;

/** The regions that list two-digit emergency codes. */
export function regionsWithTwoDigitCodes(): string[] {
  return [...TWO_DIGIT_CODES.keys()];
}

/** The two-digit emergency codes a region lists: FR → 15, 17, 18. */
export function twoDigitCodesOf(region: string): ReadonlySet<string> {
  return TWO_DIGIT_CODES.get(region) ?? new Set();
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
  const codes = twoDigitCodesOf(region);
  if (codes.size === 0) return [];
  const findings: PhoneFinding[] = [];
  TWO_DIGITS.lastIndex = 0;
  for (let match = TWO_DIGITS.exec(text); match !== null; match = TWO_DIGITS.exec(text)) {
    const start = match.index;
    const end = start + 2;
    if (!codes.has(match[0]) || (start > 0 && PART_OF_LONGER.test(text.charAt(start - 1)))) continue;
    if (isTaken(start, end)) continue;
    if (hasUnitAfter(text, end) || hasWordAfter(text, end) || !hasEmergencyWord(text, start, end)) continue;
    if (rejectionReason(text, start, end) !== null) continue;
    findings.push(shortCodeFinding(text, start, end, match[0], region));
  }
  return findings;
}
