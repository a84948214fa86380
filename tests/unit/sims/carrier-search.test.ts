import { describe, expect, it } from 'vitest';
import { carriers } from '@/lib/carriers/catalog';
import { searchCarriers } from '@/lib/sims/carrier-search';

describe('searchCarriers', () => {
  it.each([
    ['English name', 'China Mobile Hong', 'cmhk'],
    ['simplified name', '中国移动香港', 'cmhk'],
    ['traditional name', '中國移動香港', 'cmhk'],
    ['alias', 'CMHK', 'cmhk'],
    ['traditional name of csl', '數碼通', 'smartone'],
    ['name in another case and spacing', 'ultramobile', 'ultra-mobile'],
    ['full-width letters', 'ＡＩＲＡＬＯ', 'airalo'],
  ])('finds a carrier by its %s', (_name, query, id) => {
    expect(searchCarriers(query, carriers()).map((choice) => choice.id)).toContain(id);
  });

  it('lists names that start with the query before names that contain it', () => {
    const ids = searchCarriers('mobile', carriers(), 50).map((choice) => choice.id);
    const first = carriers().find((carrier) => carrier.id === ids[0]);
    expect(
      first?.names.en.toLowerCase().replace(/\s/g, '').startsWith('mobile') ||
        first?.aliases.some((alias) => alias.toLowerCase().startsWith('mobile')),
    ).toBe(true);
  });

  it('offers nothing for an empty query and at most the limit', () => {
    expect(searchCarriers('  ', carriers())).toEqual([]);
    expect(searchCarriers('a', carriers(), 5)).toHaveLength(5);
  });
});
