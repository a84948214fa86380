/**
 * Finds short service codes ("拨打10086", "call 911", "*611", "text PAC to 65075") — only where a
 * calling, texting or emergency word stands beside them, since "110" or "12345" alone is far more
 * often something else. The codes are the sourced lists in data/short-codes (short-code-catalog).
 * Imports no parser, so it can run wherever the pre-filter runs.
 */
import type { PhoneFinding } from '@/lib/finding';
import { rejectionReason } from './guards';
import { normalizeForMatching } from './normalize';
import { shortCodeEntries } from './short-code-catalog';
import {
  followsKoreanRoadName,
  hasCallingWord,
  hasEmergencyWord,
  hasUnitAfter,
  textingPhraseBefore,
} from './short-code-words';
import { type IsTaken, nothingTaken } from './spans';

/** The regions that list each code, in file order; a code several carriers answer counts once. */
const REGIONS_BY_CODE: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const { code, region } of shortCodeEntries) {
    const regions = map.get(code) ?? [];
    if (!regions.includes(region)) map.set(code, [...regions, region]);
  }
  return map;
})();

// Codes of three or more digits, longest first so "12345" is not read as "123"; digits, dots,
// slashes or a plus on either side mean the code is part of something longer ("110.5",
// "2880 2688/110", "+110"). Two-digit codes are read by two-digit-emergency-codes.ts.
const CODE_PATTERN = new RegExp(
  `(?<![0-9.,/+\\-])\\*?(?:${[...REGIONS_BY_CODE.keys()]
    .filter((code) => code.length > 2)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![0-9]|[.,:/\\-][0-9]|[A-Za-z])`,
  'g',
);

// "拨打10086或10010", "Gọi 113 khi cần công an, 114 …": a code listed shortly after one already
// found, in the same sentence.
const LIST_GAP = /^[^0-9\n。.!?！？;；]{1,20}$/;

/** Whether `digits` is a code listed for any region: "10086" yes, "2025" no. */
export function isListedShortCode(digits: string): boolean {
  return REGIONS_BY_CODE.has(digits);
}

/**
 * The region a code belongs to on a page of `defaultRegion`: that region if it lists the code, else
 * the one region that does; null when several do and the page points to none of them.
 */
export function regionOfShortCode(code: string, defaultRegion: string): string | null {
  const regions = REGIONS_BY_CODE.get(code.replace('*', ''));
  if (regions === undefined) return null;
  if (regions.includes(defaultRegion)) return defaultRegion;
  return regions.length === 1 ? (regions[0] ?? null) : null;
}

function isMeantAsCode(text: string, start: number, end: number, previousEnd: number): boolean {
  if (followsKoreanRoadName(text, start) || hasUnitAfter(text, end)) return false;
  return (
    hasCallingWord(text, start, end) ||
    hasEmergencyWord(text, start, end) ||
    textingPhraseBefore(text, start) !== null ||
    (previousEnd >= 0 && LIST_GAP.test(text.slice(previousEnd, start)))
  );
}

/** A short-code finding at `start`–`end` of `text`. */
export function shortCodeFinding(
  text: string,
  start: number,
  end: number,
  code: string,
  region: string | null,
): PhoneFinding {
  return {
    kind: 'phone',
    start,
    end,
    text: text.slice(start, end),
    e164: null,
    region,
    type: 'SHORT_CODE',
    shortCode: code,
  };
}

/**
 * Short codes in `normalized` (see normalize.ts); `text` is the same text as written. Digits inside
 * what `isTaken` (asked in document order) already holds, a full number's groups, are not read.
 */
export function shortCodesIn(
  normalized: string,
  text: string,
  defaultRegion: string,
  isTaken: IsTaken = nothingTaken,
): PhoneFinding[] {
  const findings: PhoneFinding[] = [];
  CODE_PATTERN.lastIndex = 0;
  for (let match = CODE_PATTERN.exec(normalized); match !== null; match = CODE_PATTERN.exec(normalized)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isTaken(start, end)) continue;
    const previousEnd = findings.at(-1)?.end ?? -1;
    if (
      !isMeantAsCode(normalized, start, end, previousEnd) ||
      rejectionReason(normalized, start, end) !== null
    ) {
      continue;
    }
    findings.push(shortCodeFinding(text, start, end, match[0], regionOfShortCode(match[0], defaultRegion)));
  }
  return findings;
}

/** Short service codes in `text` that a calling word marks as numbers to dial, in document order. */
export function findShortCodes(text: string, options: { defaultRegion: string }): PhoneFinding[] {
  return shortCodesIn(normalizeForMatching(text), text, options.defaultRegion);
}
