import type { CountryCode } from 'libphonenumber-js';
import type { FormatterOutcome } from '../../components/Formatter';
import { describeNumber } from '../../lib/phone/describe';
import { explainInput } from '../../lib/phone/explain-input';

/** The formatter's answer for pasted text: why it is not a number, or everything about it. */
export function explainForFormatter(text: string, homeRegion: CountryCode): FormatterOutcome {
  const input = explainInput(text, homeRegion);
  if (!input.ok) return input;
  const description = describeNumber(input.e164, { homeRegion });
  return description ? { ok: true, description } : { ok: false, reason: 'NOT_VALID' };
}
