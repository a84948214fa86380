/**
 * The regions a page's language tag points to: its own region when it names one ("zh-HK" → HK),
 * else where the language is mostly written. Chinese is split by script, since the same words are
 * read in several markets: traditional characters in Hong Kong, Macau and Taiwan, simplified in
 * mainland China and Singapore. Other languages take their likely region ("ja" → JP, "tl" → PH).
 */
const CHINESE_BY_SCRIPT: Readonly<Record<string, readonly string[]>> = {
  Hant: ['HK', 'MO', 'TW'],
  Hans: ['CN', 'SG'],
};

/** Pages write few distinct tags; the cache is emptied past this many in case one writes many. */
const CACHE_LIMIT = 64;
const cache = new Map<string, readonly string[]>();

function regionsOf(lang: string): readonly string[] {
  try {
    const locale = new Intl.Locale(lang);
    if (locale.region !== undefined) return [locale.region];
    const likely = locale.maximize();
    if (locale.language === 'zh') return CHINESE_BY_SCRIPT[likely.script ?? 'Hans'] ?? [];
    return likely.region === undefined ? [] : [likely.region];
  } catch {
    // An invalid tag is the page's mistake: it says nothing about the page's market.
    return [];
  }
}

export function languageRegions(lang: string | undefined): readonly string[] {
  const tag = lang?.trim() ?? '';
  if (tag === '') return [];
  let regions = cache.get(tag);
  if (regions === undefined) {
    regions = regionsOf(tag);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(tag, regions);
  }
  return regions;
}
