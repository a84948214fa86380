import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A SIM's number as the reader typed it, read and checked. */
export type SimNumberReading =
  | { ok: true; e164: string; international: string; region: CountryCode | null }
  | { ok: false };

/**
 * Reads a typed number: with its country code, or as a number of `region` (the carrier's, else the
 * home region). Only a number valid for its region is accepted.
 */
export function readSimNumber(text: string, region: CountryCode): SimNumberReading {
  const number = parsePhoneNumberFromString(text.slice(0, 40), region);
  if (!number?.isValid()) return { ok: false };
  return {
    ok: true,
    e164: number.number,
    international: number.formatInternational(),
    region: number.country ?? null,
  };
}

/** A stored SIM number's region and international form; null when it no longer parses. */
export function simNumberFacts(e164: string): { region: CountryCode | null; international: string } | null {
  const number = parsePhoneNumberFromString(e164);
  return number ? { region: number.country ?? null, international: number.formatInternational() } : null;
}
