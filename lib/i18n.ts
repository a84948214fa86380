import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import type { LocalizedText } from './carriers/schema';
import type { UiLanguage } from './settings/settings';

/**
 * UI strings. browser.i18n.getMessage only follows the browser's language, and Dialwise lets the user
 * pick one, so the _locales catalogs (still the single source, and what the manifest uses) are bundled
 * and looked up here with the same placeholder rules.
 */

export type Language = Exclude<UiLanguage, 'auto'>;
export type MessageKey = keyof typeof en;

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, CatalogEntry | undefined>;

export const catalogs: Record<Language, Catalog> = { en, 'zh-Hans': zhCN, 'zh-Hant': zhTW };

/** "zh-TW", "zh-HK", "zh-Hant-…" → traditional; any other Chinese → simplified; everything else → English. */
export function languageFromLocale(locale: string): Language {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale.replace('_', '-')).maximize();
  } catch {
    return 'en';
  }
  if (tag.language !== 'zh') return 'en';
  return tag.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
}

export function resolveLanguage(setting: UiLanguage, browserLocale: string): Language {
  return setting === 'auto' ? languageFromLocale(browserLocale) : setting;
}

/** Chrome's rules: "$NAME$" names a placeholder whose content may use "$1"…"$9"; "$$" is a dollar sign. */
export function formatMessage(entry: CatalogEntry, substitutions: readonly string[]): string {
  const fill = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

export interface Translator {
  language: Language;
  t(key: MessageKey, ...substitutions: string[]): string;
  /** "HK" → "Hong Kong" / "香港"; the code itself when the browser has no name for it. */
  regionName(code: string): string;
  localized(text: LocalizedText): string;
  /** "2025-05-01" in the reader's language. */
  date(isoDate: string): string;
}

export function createTranslator(language: Language): Translator {
  const catalog = catalogs[language];
  // Short names read better ("Hong Kong", not "Hong Kong SAR China") except where they are initials ("US").
  const shortRegions = new Intl.DisplayNames([language], {
    type: 'region',
    style: 'short',
    fallback: 'code',
  });
  const longRegions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    language,
    t: (key, ...substitutions) => {
      const entry = catalog[key] ?? catalogs.en[key];
      return entry ? formatMessage(entry, substitutions) : key;
    },
    regionName: (code) => {
      try {
        const short = shortRegions.of(code) ?? code;
        return /^[A-Z]{2,3}$/.test(short) ? (longRegions.of(code) ?? code) : short;
      } catch {
        return code;
      }
    },
    localized: (text) =>
      language === 'zh-Hans' ? text.zhHans : language === 'zh-Hant' ? text.zhHant : text.en,
    date: (isoDate) => {
      const time = Date.parse(isoDate);
      return Number.isNaN(time) ? isoDate : dates.format(time);
    },
  };
}
