import type { CountryCode } from 'libphonenumber-js';
import type { RegionRule } from '@/components/NumberCard';
import { type Language, resolveLanguage } from '@/lib/i18n';
import { regionForPage } from '@/lib/phone/region';
import type { Settings } from '@/lib/settings';

/** What this frame's findings and card depend on besides the text: region, language, home. */
export interface PageFacts {
  region: string;
  regionRule: RegionRule;
  homeRegion: string;
  locale: Language;
}

export function pageFacts(settings: Settings): PageFacts {
  const { region, rule } = regionForPage({
    lang: document.documentElement.lang,
    hostname: location.hostname,
    // Settings only hold regions libphonenumber supports (lib/settings/regions.ts).
    homeRegion: settings.homeRegion as CountryCode,
  });
  // Worked out on first use, by the card: the likely-subtags lookup costs milliseconds on every
  // page, most of which nobody hovers.
  let language: Language | null = null;
  return {
    region,
    regionRule: rule,
    homeRegion: settings.homeRegion,
    get locale() {
      language ??= resolveLanguage(settings.uiLanguage, navigator.language);
      return language;
    },
  };
}
