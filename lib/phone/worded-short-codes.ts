/**
 * The short codes found from their words rather than from the digit runs the pre-filter hands on:
 * SMS short codes after "text KEYWORD to" (listed or not) and two-digit emergency codes. Added to the
 * codes found in the runs, none twice.
 */
import type { PhoneFinding } from '@/lib/finding';
import { smsShortCodesIn } from './sms-short-codes';
import { twoDigitEmergencyCodesIn } from './two-digit-emergency-codes';

const overlaps = (a: PhoneFinding, b: PhoneFinding) => a.start < b.end && b.start < a.end;

/** `found` (in document order) with the worded codes of `text` that it does not hold yet. */
export function withWordedShortCodes(found: PhoneFinding[], text: string, region: string): PhoneFinding[] {
  const worded = [...smsShortCodesIn(text, region), ...twoDigitEmergencyCodesIn(text, region)].filter(
    (code) => !found.some((finding) => overlaps(finding, code)),
  );
  return worded.length === 0 ? found : [...found, ...worded].sort((a, b) => a.start - b.start);
}
