import type { CountryCode } from 'libphonenumber-js';
import type { Carrier } from '../carriers/schema';
import type { Finding } from '../finding';
import { sendFromContent } from '../messaging/send';
import type { NumberDescription } from '../phone/describe';

/**
 * The finders, in the background: one list of findings per text. No reply, or one of the wrong
 * shape, counts as nothing found; each finding is checked against its text again before it
 * becomes a mark.
 */
export async function findingsFromBackground(texts: string[], region: CountryCode): Promise<Finding[][]> {
  const findings = (await sendFromContent('findInTexts', { region, texts }))?.findings;
  return findings?.length === texts.length ? findings : texts.map(() => []);
}

/** A number's facts for the card; nulls when the background cannot say. */
export async function describeFromBackground(
  e164: string,
  homeRegion: CountryCode,
  locale: string,
): Promise<{ description: NumberDescription | null; originalCarrier: string | null }> {
  return (
    (await sendFromContent('describePhone', { e164, homeRegion, locale })) ?? {
      description: null,
      originalCarrier: null,
    }
  );
}

/** A carrier's full entry for the card; null when the background cannot say. */
export async function carrierFromBackground(id: string): Promise<Carrier | null> {
  return (await sendFromContent('describeCarrier', { id }))?.carrier ?? null;
}
