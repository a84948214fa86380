/**
 * Why a pasted number is not a number, as a key the formatter turns into text: "too short for a
 * number in China", "no country uses +999".
 */
import {
  AsYouType,
  type CountryCode,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import { normalizeForMatching } from './normalize';

export type InputProblem =
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID_COUNTRY'
  | 'NOT_A_NUMBER'
  | 'INVALID_LENGTH'
  | 'NOT_VALID';

export type InputVerdict =
  | { ok: true; e164: string }
  | { ok: false; reason: InputProblem; region?: CountryCode };

const PROBLEMS: ReadonlySet<string> = new Set<InputProblem>([
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_COUNTRY',
  'NOT_A_NUMBER',
  'INVALID_LENGTH',
]);

function isProblem(value: string): value is InputProblem {
  return PROBLEMS.has(value);
}

/** The region the input points at even when incomplete: "+86 1" → CN; national input → home. */
function regionOfInput(text: string, homeRegion: CountryCode): CountryCode | undefined {
  if (!text.trim().startsWith('+')) return homeRegion;
  const typing = new AsYouType();
  typing.input(text);
  return typing.getCountry();
}

function failure(reason: InputProblem, region: CountryCode | undefined): InputVerdict {
  return region === undefined || reason === 'INVALID_COUNTRY' || reason === 'NOT_A_NUMBER'
    ? { ok: false, reason }
    : { ok: false, reason, region };
}

export function explainInput(text: string, homeRegion: CountryCode): InputVerdict {
  const input = normalizeForMatching(text);
  const region = regionOfInput(input, homeRegion);
  try {
    const number = parsePhoneNumberWithError(input, { defaultCountry: homeRegion });
    const lengthProblem = validatePhoneNumberLength(input, { defaultCountry: homeRegion });
    if (lengthProblem !== undefined) return failure(lengthProblem, number.country ?? region);
    return number.isValid()
      ? { ok: true, e164: number.number }
      : failure('NOT_VALID', number.country ?? region);
  } catch (error) {
    if (error instanceof ParseError && isProblem(error.message)) return failure(error.message, region);
    return failure('NOT_A_NUMBER', region);
  }
}
