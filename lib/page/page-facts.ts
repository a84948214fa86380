import type { CountryCode } from 'libphonenumber-js';
import { type Language, resolveLanguage } from '../i18n';
import { type RegionRule, regionForPage } from '../phone/page-region';
import type { Settings } from '../settings/settings';

/** What this frame's findings and card depend on besides the text: region, language, home. */
export interface PageFacts {
  /** The page's `<html lang>` as written ("" when it has none). */
  lang: string;
  region: CountryCode;
  regionRule: RegionRule;
  homeRegion: CountryCode;
  locale: Language;
}

export function pageFacts(settings: Settings): PageFacts {
  const lang = document.documentElement.lang;
  const { region, rule } = regionForPage({
    lang,
    hostname: location.hostname,
    homeRegion: settings.homeRegion,
  });
  // Worked out on first use, by the card: the likely-subtags lookup costs milliseconds on every
  // page, most of which nobody hovers.
  let language: Language | null = null;
  return {
    lang,
    region,
    regionRule: rule,
    homeRegion: settings.homeRegion,
    get locale() {
      language ??= resolveLanguage(settings.uiLanguage, navigator.language);
      return language;
    },
  };
}
