import type { CountryCode } from 'libphonenumber-js/max';
import { findCarriers } from './carriers/carrier-finder';
import type { Finding } from './finding';
import { findPhones } from './phone/phone-finder';

/**
 * Numbers, short codes and carrier names in one text, in reading order: what the background finds
 * for a page's blocks and what the scan CLI prints. `region` reads national numbers and picks the
 * local entry of a group name such as "Vodafone".
 */
export function findingsInText(text: string, region: CountryCode): Finding[] {
  return inReadingOrder([...findPhones(text, { defaultRegion: region }), ...findCarriers(text, { region })]);
}

export function inReadingOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
