// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findCarriers } from '@/lib/carriers/carrier-finder';
import { carriers } from '@/lib/carriers/catalog';

function spans(text: string, region: string): string[] {
  return findCarriers(text, { region }).map((f) => `${f.text} → ${f.id}`);
}

describe('coverage of regions, sellers and scripts', () => {
  it('reaches at least 400 brands in at least 80 regions, 30 of them travel eSIM sellers', () => {
    const regions = new Set(
      carriers()
        .filter((c) => c.region !== 'global')
        .map((c) => c.region),
    );
    const sellers = carriers().filter((c) => c.kind === 'esim-seller' && c.region === 'global');
    expect({ brands: carriers().length, regions: regions.size, sellers: sellers.length }).toEqual({
      brands: expect.toSatisfy((n: number) => n >= 400),
      regions: expect.toSatisfy((n: number) => n >= 80),
      sellers: expect.toSatisfy((n: number) => n >= 30),
    });
  });

  // One page line per script the local names are written in; each name is the operator's own spelling.
  it.each<[string, string, string, string]>([
    ['Cyrillic (Ukrainian)', 'UA', 'Купив SIM-карту Київстар у Львові', 'Київстар → kyivstar-ua'],
    ['Cyrillic (Mongolian)', 'MN', 'Юнител SIM карт авлаа', 'Юнител → unitel-mn'],
    ['Persian', 'IR', 'سیم کارت ایرانسل خریدم', 'ایرانسل → irancell-ir'],
    ['Arabic', 'MA', 'بطاقة SIM من اتصالات المغرب', 'اتصالات المغرب → maroc-telecom-ma'],
    ['Georgian', 'GE', 'მაგთი SIM ბარათი', 'მაგთი → magti-ge'],
    ['Thaana', 'MV', 'ދިރާގު ސިމް', 'ދިރާގު → dhiraagu-mv'],
    ["Ge'ez", 'ET', 'ኢትዮ ቴሌኮም SIM card', 'ኢትዮ ቴሌኮም → ethio-telecom-et'],
  ])('finds an operator named in %s script', (_script, region, text, expected) => {
    expect(spans(text, region)).toEqual([expected]);
  });
});
