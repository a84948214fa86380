/**
 * The short codes found from their words rather than from the digit runs the pre-filter hands on:
 * SMS short codes after "text KEYWORD to" (listed or not) and two-digit emergency codes. Added to the
 * codes found in the runs, none twice.
 */
import type { PhoneFinding } from '@/lib/finding';
import { smsShortCodesIn } from './sms-short-codes';
import { overlapsAnyOf } from './spans';
import { twoDigitEmergencyCodesIn } from './two-digit-emergency-codes';

/**
 * `found` (in document order, none overlapping another) with the worded codes of `text` that it
 * does not hold yet; digits inside a finding are not read again.
 */
export function withWordedShortCodes(found: PhoneFinding[], text: string, region: string): PhoneFinding[] {
  const worded = [
    ...smsShortCodesIn(text, region, overlapsAnyOf(found)),
    ...twoDigitEmergencyCodesIn(text, region, overlapsAnyOf(found)),
  ];
  return worded.length === 0 ? found : [...found, ...worded].sort((a, b) => a.start - b.start);
}
