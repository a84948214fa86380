/**
 * E.164 → the facts the number card shows: its written forms, how to dial it from home, where it
 * is, what kind of line it is. Hints are keys; the UI turns them into localized text.
 */
import { type CountryCode, type PhoneNumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ShortCodeService } from './data/short-codes';
import { shortCodeEntry } from './shortcodes';

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
  regionName: string | null;
  flag: string | null;
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

export interface ShortCodeDescription {
  shortCode: string;
  region: string;
  regionName: string | null;
  flag: string | null;
  type: 'SHORT_CODE';
  service: ShortCodeService;
  /** Who answers, as the operator names itself. */
  name: string;
  smsHint: 'shortCode';
}

const REGIONAL_INDICATOR_A = 0x1f1e6;

/** "CN" → "🇨🇳"; null for anything that is not two ASCII letters. */
export function flagOf(region: string): string | null {
  if (!/^[A-Z]{2}$/.test(region)) return null;
  return String.fromCodePoint(
    ...[...region].map((letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65),
  );
}

export function regionNameOf(region: string, locale: string): string | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region) ?? null;
  } catch {
    return null;
  }
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

export function describeNumber(
  e164: string,
  options: { homeRegion: CountryCode; locale: string },
): NumberDescription | null {
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
    regionName: region === null ? null : regionNameOf(region, options.locale),
    flag: region === null ? null : flagOf(region),
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

export function describeShortCode(
  code: string,
  region: string,
  options: { locale: string },
): ShortCodeDescription | null {
  const entry = shortCodeEntry(code, region);
  if (entry === null) return null;
  return {
    shortCode: code,
    region,
    regionName: regionNameOf(region, options.locale),
    flag: flagOf(region),
    type: 'SHORT_CODE',
    service: entry.service,
    name: entry.name,
    smsHint: 'shortCode',
  };
}
