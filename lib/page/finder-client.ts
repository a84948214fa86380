import type { CountryCode } from 'libphonenumber-js';
import type { Finding } from '../finding';
import { sendFromPage } from '../messaging/send';
import type { RegionRule } from '../phone/page-region';

/**
 * The finders, in the background: one list of findings per text. No reply, or one of the wrong
 * shape, counts as nothing found; each finding is checked against its text again before it
 * becomes a mark.
 */
export async function findingsFromBackground(
  texts: string[],
  page: { region: CountryCode; regionRule: RegionRule; lang: string },
): Promise<Finding[][]> {
  const request = {
    region: page.region,
    regionIsPage: page.regionRule !== 'home',
    ...(page.lang !== '' && { lang: page.lang.slice(0, 64) }),
    texts,
  };
  const findings = (await sendFromPage('findInTexts', request))?.findings;
  return findings?.length === texts.length ? findings : texts.map(() => []);
}
