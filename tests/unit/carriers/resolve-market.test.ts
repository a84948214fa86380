import { describe, expect, it } from 'vitest';
import { type MarketSigns, resolveMarket } from '@/lib/carriers/resolve-market';

const smart = [
  { id: 'smart-ph', region: 'PH' },
  { id: 'smartone', region: 'HK' },
  { id: 'smart-kh', region: 'KH' },
];

function signs(partial: Partial<Record<keyof MarketSigns, string | string[] | null>>): MarketSigns {
  const set = (value: string | string[] | null | undefined) =>
    new Set(value === null || value === undefined ? [] : [value].flat());
  const page = partial.pageRegion;
  return {
    pageRegion: typeof page === 'string' ? page : null,
    languageRegions: set(partial.languageRegions),
    carrierRegions: set(partial.carrierRegions),
    numberRegions: set(partial.numberRegions),
  };
}

describe('resolveMarket', () => {
  it.each<[string, Parameters<typeof signs>[0], string | null]>([
    ['the page’s own region', { pageRegion: 'HK' }, 'smartone'],
    ['a carrier of one market in the text', { pageRegion: 'CN', carrierRegions: 'PH' }, 'smart-ph'],
    ['a number of one market in the text', { pageRegion: 'CN', numberRegions: 'HK' }, 'smartone'],
    ['the language alone', { languageRegions: ['HK', 'MO', 'TW'] }, 'smartone'],
    ['the page’s region over a carrier elsewhere', { pageRegion: 'PH', carrierRegions: 'HK' }, 'smart-ph'],
    [
      'a carrier and a number over the page’s region',
      { pageRegion: 'KH', carrierRegions: 'HK', numberRegions: 'HK' },
      null,
    ],
    [
      'a carrier and a number over the language',
      { languageRegions: 'KH', carrierRegions: 'HK', numberRegions: 'HK' },
      'smartone',
    ],
    ['no sign of any candidate’s market', { pageRegion: 'CN', languageRegions: ['CN', 'SG'] }, null],
    ['no signs at all', {}, null],
    ['two markets with equal signs', { carrierRegions: ['HK', 'PH'] }, null],
  ])('resolves by %s', (_label, partial, expected) => {
    expect(resolveMarket(smart, signs(partial))?.id ?? null).toBe(expected);
  });

  it('weighs the signs of one market together', () => {
    const evidence = signs({
      pageRegion: 'PH',
      carrierRegions: 'HK',
      numberRegions: 'HK',
      languageRegions: 'HK',
    });
    expect(resolveMarket(smart, evidence)?.id).toBe('smartone');
  });

  it('resolves nothing among no candidates', () => {
    expect(resolveMarket([], signs({ pageRegion: 'HK' }))).toBeNull();
  });
});
