/**
 * The carrier a number range was first assigned to (Google's carrier prefix data, see
 * scripts/build-carrier-prefixes.ts). A number may since have been ported to another carrier.
 * The data weighs about 25 KB, so only the background imports this module: pages never load it, and
 * a card asks the background for a number's original carrier on first hover.
 */
import prefixTable from './data/carrier-prefixes.generated.json';

/** A range's carrier as the data names it in English, simplified and traditional Chinese. */
export type RangeNames = { en?: string; zh?: string; zh_Hant?: string };
type NameLocale = keyof RangeNames;

const TABLE: Readonly<Record<string, ReadonlyArray<RangeNames & { prefixes: string }>>> = prefixTable;

/** Per calling code, national-number prefix → names; built on first use of that calling code. */
const lookups = new Map<string, ReadonlyMap<string, RangeNames>>();

function lookupFor(callingCode: string): ReadonlyMap<string, RangeNames> {
  const cached = lookups.get(callingCode);
  if (cached !== undefined) return cached;
  const lookup = new Map<string, RangeNames>();
  for (const { prefixes, ...names } of TABLE[callingCode] ?? []) {
    for (const prefix of prefixes.split(' ')) lookup.set(prefix, names);
  }
  lookups.set(callingCode, lookup);
  return lookup;
}

/** zh-TW, zh-HK, zh-MO and zh-Hant read traditional names; other Chinese simplified; the rest English. */
function nameLocaleOf(locale: string): NameLocale {
  const { language, script, region } = new Intl.Locale(locale).maximize();
  if (language !== 'zh') return 'en';
  return script === 'Hant' || region === 'TW' || region === 'HK' || region === 'MO' ? 'zh_Hant' : 'zh';
}

// Calling codes are prefix-free, so the first one to match the digits is the number's.
const MAX_CALLING_CODE_DIGITS = 3;

/** The names the data gives the range "+8613800138000" falls in; null where it has nothing. */
export function originalRange(e164: string): RangeNames | null {
  const digits = e164.replace(/^\+/, '');
  for (let length = 1; length <= MAX_CALLING_CODE_DIGITS; length++) {
    const callingCode = digits.slice(0, length);
    if (!(callingCode in TABLE)) continue;
    const lookup = lookupFor(callingCode);
    const national = digits.slice(length);
    for (let end = national.length; end > 0; end--) {
      const names = lookup.get(national.slice(0, end));
      if (names !== undefined) return names;
    }
    return null;
  }
  return null;
}

/** "+8613800138000", "zh-CN" → "中国移动"; null where the data has nothing for the range. */
export function originalCarrier(e164: string, locale: string): string | null {
  const names = originalRange(e164);
  return names ? (names[nameLocaleOf(locale)] ?? names.en ?? null) : null;
}

/** Every name the data gives ranges under a calling code ("852" → "China Mobile", "HKT", …). */
export function rangeNamesOf(callingCode: string): string[] {
  return (TABLE[callingCode] ?? []).flatMap((entry) => (entry.en ? [entry.en] : []));
}
