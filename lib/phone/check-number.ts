import type { CountryCode } from 'libphonenumber-js';
import { describeNumber, type NumberDescription } from './describe';
import { explainInput, type InputProblem } from './explain-input';

/** The checker's answer for pasted text: everything about the number, or why it is not one. */
export type NumberCheck =
  | { ok: true; description: NumberDescription }
  | { ok: false; reason: InputProblem; region?: string };

export function checkNumber(text: string, homeRegion: CountryCode): NumberCheck {
  const input = explainInput(text, homeRegion);
  if (!input.ok) return input;
  const description = describeNumber(input.e164, { homeRegion });
  return description ? { ok: true, description } : { ok: false, reason: 'NOT_VALID' };
}
