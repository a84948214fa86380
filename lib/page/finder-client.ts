import type { CountryCode } from 'libphonenumber-js';
import type { Finding } from '../finding';
import { sendFromPage } from '../messaging/send';

/**
 * The finders, in the background: one list of findings per text. No reply, or one of the wrong
 * shape, counts as nothing found; each finding is checked against its text again before it
 * becomes a mark.
 */
export async function findingsFromBackground(texts: string[], region: CountryCode): Promise<Finding[][]> {
  const findings = (await sendFromPage('findInTexts', { region, texts }))?.findings;
  return findings?.length === texts.length ? findings : texts.map(() => []);
}
