/**
 * Which region a national number on a page belongs to: the page's declared language region,
 * then the host's country-code TLD, then the reader's home region.
 */
import type { CountryCode } from 'libphonenumber-js';
import { isSupportedRegion } from './supported-regions';

export interface PageRegionInput {
  /** The page's `<html lang>`, e.g. "zh-HK", "en-GB", "zh-Hans-CN". */
  lang: string | null;
  hostname: string;
  homeRegion: CountryCode;
}

/** Which rule placed a page's national numbers: its language tag, its country domain, or the reader's home. */
export type RegionRule = 'lang' | 'tld' | 'home';

export interface PageRegion {
  region: CountryCode;
  rule: RegionRule;
}

// Country-code TLDs sold worldwide as generic names ("github.io", "twitch.tv", "bit.ly"):
// a site there says nothing about where its numbers are.
const VANITY_TLDS = new Set([
  'io',
  'tv',
  'me',
  'co',
  'ai',
  'fm',
  'ly',
  'gg',
  'to',
  'cc',
  'ws',
  'la',
  'sh',
  'ac',
  'im',
  'so',
  'vc',
  'nu',
]);

// The only ccTLD that is not its region's ISO code.
const TLD_REGIONS: Readonly<Record<string, string>> = { uk: 'GB' };

function regionOfLang(lang: string | null): CountryCode | null {
  if (lang === null || lang.trim() === '') return null;
  try {
    const region = new Intl.Locale(lang.trim()).region;
    return region !== undefined && isSupportedRegion(region) ? region : null;
  } catch {
    // An invalid tag such as "en_US!" is the page's mistake; fall through to the next rule.
    return null;
  }
}

function regionOfHost(hostname: string): CountryCode | null {
  const tld = hostname.toLowerCase().replace(/\.$/, '').split('.').at(-1) ?? '';
  if (tld.length !== 2 || VANITY_TLDS.has(tld)) return null;
  const region = (TLD_REGIONS[tld] ?? tld).toUpperCase();
  return isSupportedRegion(region) ? region : null;
}

export function regionForPage({ lang, hostname, homeRegion }: PageRegionInput): PageRegion {
  const fromLang = regionOfLang(lang);
  if (fromLang !== null) return { region: fromLang, rule: 'lang' };
  const fromHost = regionOfHost(hostname);
  if (fromHost !== null) return { region: fromHost, rule: 'tld' };
  return { region: homeRegion, rule: 'home' };
}
