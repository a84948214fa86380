import { readFileSync } from 'node:fs';
import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { findingsInText, type PageSigns } from '@/lib/finders';
import type { CarrierFinding } from '@/lib/finding';

/**
 * Five articles of the kinds the readers read (tests/fixtures/seeds, written for the tests), read
 * block by block as the content script sends them: every carrier marked must be one of the markets
 * the article is about. Sellers of travel eSIMs for any country ("global") belong to every one.
 */
interface Seed {
  file: string;
  about: string;
  markets: readonly string[];
}

const seeds: readonly Seed[] = [
  { file: '000', about: 'SMS with a Hong Kong cross-region card', markets: ['CN', 'HK'] },
  { file: '001', about: 'SMS with a US eSIM', markets: ['CN', 'US'] },
  { file: '002', about: 'SMS from a US keep-number SIM', markets: ['CN', 'US'] },
  { file: '003', about: 'Smart cards and eSIMs across regions', markets: ['CN', 'HK', 'US'] },
  { file: '004', about: 'renewing SIM and Smart cards', markets: ['CN', 'HK'] },
];

/** How the page may reach the finders: with its language tag, or with none for a reader elsewhere. */
const readers: ReadonlyArray<[string, CountryCode, PageSigns]> = [
  ['a zh-CN page', 'CN', { lang: 'zh-CN' }],
  ['a page without a language tag, read from Hong Kong', 'HK', { regionIsPage: false }],
  ['a page without a language tag, read from the Philippines', 'PH', { regionIsPage: false }],
];

function carriersIn(seed: Seed, region: CountryCode, page: PageSigns): CarrierFinding[] {
  const text = readFileSync(`tests/fixtures/seeds/${seed.file}.txt`, 'utf8');
  return text
    .split(/\n\s*\n/)
    .flatMap((block) => findingsInText(block, region, page))
    .filter((finding): finding is CarrierFinding => finding.kind === 'carrier');
}

describe.each(readers)('the seed articles as %s', (_reader, region, page) => {
  it.each(seeds)('marks only carriers of the markets of $file ($about)', (seed) => {
    const outside = carriersIn(seed, region, page)
      .filter((finding) => finding.region !== 'global' && !seed.markets.includes(finding.region))
      .map((finding) => `${finding.text}=${finding.id}`);
    expect(outside).toEqual([]);
  });

  it('never reads "Smart卡" as a carrier of a market the articles give no sign of', () => {
    const smart = seeds.flatMap((seed) => carriersIn(seed, region, page)).filter((f) => f.text === 'Smart');
    expect(smart).toEqual([]);
  });

  it('shows 远游卡 as a product no source ties to SmarTone', () => {
    const products = carriersIn(seeds[0] as Seed, region, page).filter((f) => f.text.includes('远游卡'));
    expect(products.length).toBeGreaterThan(0);
    expect(new Set(products.map((f) => `${f.id} ${f.product ?? 'carrier'}`))).toEqual(
      new Set(['smartone unconfirmed']),
    );
  });
});

describe('the carriers the seed articles name', () => {
  it.each<[string, string[]]>([
    ['001', []],
    ['002', ['AT&T=att', 'T-Mobile=t-mobile-us', 'Verizon=verizon']],
    ['003', ['AT&T=att', 'Airalo=airalo', 'Google Fi=google-fi', 'T-Mobile=t-mobile-us', 'Verizon=verizon']],
    ['004', ['中国电信=china-telecom', '中国移动=china-mobile', '中国联通=china-unicom']],
  ])('finds those %s names on a zh-CN page', (file, expected) => {
    const seed = seeds.find((s) => s.file === file) as Seed;
    const found = new Set(carriersIn(seed, 'CN', { lang: 'zh-CN' }).map((f) => `${f.text}=${f.id}`));
    expect([...found].sort()).toEqual(expected);
  });
});
