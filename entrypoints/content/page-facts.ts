import type { CountryCode } from 'libphonenumber-js';
import type { RegionRule } from '@/components/NumberCard';
import { createTranslator, resolveLanguage, type Translator } from '@/lib/i18n';
import { regionForPage } from '@/lib/phone/region';
import type { Settings } from '@/lib/settings';

/** What this frame's findings and card depend on besides the text: region, language, home. */
export interface PageFacts {
  region: string;
  regionRule: RegionRule;
  homeRegion: string;
  locale: string;
  i18n: Translator;
}

export function pageFacts(settings: Settings): PageFacts {
  const { region, rule } = regionForPage({
    lang: document.documentElement.lang,
    hostname: location.hostname,
    // Settings only hold regions libphonenumber supports (lib/settings/regions.ts).
    homeRegion: settings.homeRegion as CountryCode,
  });
  const language = resolveLanguage(settings.uiLanguage, navigator.language);
  // Built on first use, by the card: its Intl formatters cost ~20 ms on a page nobody hovers.
  let i18n: Translator | null = null;
  return {
    region,
    regionRule: rule,
    homeRegion: settings.homeRegion,
    locale: language,
    get i18n() {
      i18n ??= createTranslator(language);
      return i18n;
    },
  };
}
