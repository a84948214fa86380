/**
 * E.164 → the facts the number card shows: its written forms, how to dial it from home, where it
 * is, what kind of line it is. Hints are keys; the UI turns them into localized text.
 */
import { type CountryCode, type PhoneNumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** What a line can do with SMS and from abroad, as a key for localized text. */
export type SmsHint =
  | 'mobile'
  | 'fixed'
  | 'fixedOrMobile'
  | 'tollFree'
  | 'premium'
  | 'voip'
  | 'unknown'
  | 'shortCode';

export interface NumberDescription {
  e164: string;
  region: CountryCode | null;
  type: PhoneNumberType | null;
  forms: {
    e164: string;
    /** "+86 138 0013 8000" with plain spaces. */
    international: string;
    national: string;
    /** "tel:+86-138-0013-8000". */
    rfc3966: string;
  };
  /** What to dial from a phone at home: the exit-code form abroad ("00 86 138 0013 8000"), national at home. */
  dialFromHome: string;
  /** The "+" form, which works from any mobile anywhere; null for lines that are not mobiles. */
  plusForm: string | null;
  smsHint: SmsHint;
}

const SMS_HINTS: Partial<Record<PhoneNumberType, SmsHint>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed',
  FIXED_LINE_OR_MOBILE: 'fixedOrMobile',
  TOLL_FREE: 'tollFree',
  PREMIUM_RATE: 'premium',
  VOIP: 'voip',
};

const MOBILE_TYPES: ReadonlySet<PhoneNumberType> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

export function describeNumber(e164: string, options: { homeRegion: CountryCode }): NumberDescription | null {
  const number = parsePhoneNumberFromString(e164);
  if (number === undefined) return null;
  const region = number.country ?? null;
  const type = number.getType() ?? null;
  const international = number.formatInternational();
  const national = number.formatNational();
  const dialFromHome =
    region === options.homeRegion
      ? national
      : number.format('IDD', { fromCountry: options.homeRegion }) || international;
  return {
    e164: number.number,
    region,
    type,
    forms: {
      e164: number.number,
      international,
      national,
      rfc3966: `tel:${international.replace(/\s+/g, '-')}`,
    },
    dialFromHome,
    plusForm: type !== null && MOBILE_TYPES.has(type) ? international : null,
    smsHint: (type === null ? undefined : SMS_HINTS[type]) ?? 'unknown',
  };
}
