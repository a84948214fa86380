/**
 * SMS short codes in the phrasing services use: "text PAC to 65075", "envoyez STOP au 36179",
 * "发送 CXLL 到 10086". A keyword sent to a 4–6-digit number is a short code whether or not it is
 * listed; a listed code needs only the verb ("transférez-le au 33700").
 */
import type { PhoneFinding } from '@/lib/finding';
import { rejectionReason } from './guards';
import { isListedShortCode, regionOfShortCode, shortCodeFinding } from './short-code-finder';
import { hasUnitAfter, textingPhraseBefore } from './short-code-words';
import { type IsTaken, nothingTaken } from './spans';

// Digits first, so the regex engine skips prose quickly; the character before is checked by hand.
const CODE = /[0-9]{4,6}(?![0-9]|[.,:/-][0-9]|[A-Za-z])/g;
const PART_OF_LONGER = /[0-9.,/+-]/;

/**
 * SMS short codes in `text`, ASCII digits only, in document order; `region` places unlisted codes.
 * Digits inside what `isTaken` (asked in document order) already holds are not read again.
 */
export function smsShortCodesIn(
  text: string,
  region: string,
  isTaken: IsTaken = nothingTaken,
): PhoneFinding[] {
  const findings: PhoneFinding[] = [];
  CODE.lastIndex = 0;
  for (let match = CODE.exec(text); match !== null; match = CODE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > 0 && PART_OF_LONGER.test(text.charAt(start - 1))) continue;
    if (isTaken(start, end)) continue;
    const phrase = textingPhraseBefore(text, start);
    if (phrase === null) continue;
    const listed = isListedShortCode(match[0]);
    if (phrase === 'verb' && !listed) continue;
    if (hasUnitAfter(text, end) || rejectionReason(text, start, end) !== null) continue;
    findings.push(
      shortCodeFinding(text, start, end, match[0], listed ? regionOfShortCode(match[0], region) : region),
    );
  }
  return findings;
}
