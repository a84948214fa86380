import { describe, expect, it } from 'vitest';
import { findCarriers } from '@/lib/carriers/carrier-finder';
import { carrierCases } from '@/tests/fixtures/text/carrier-cases';

function spans(text: string, region?: string): string[] {
  return findCarriers(text, region === undefined ? undefined : { region }).map((f) => `${f.text} → ${f.id}`);
}

describe('findCarriers', () => {
  it.each(carrierCases.map((c) => [c.id, c] as const))('labels %s as the fixture does', (_id, c) => {
    expect(spans(c.text, c.region)).toEqual((c.carriers ?? []).map((x) => `${x.text} → ${x.id}`));
  });

  it.each(carrierCases.filter((c) => c.tags.includes('lookalike')).map((c) => [c.id, c.text] as const))(
    'finds nothing in look-alike %s, whatever the page region',
    (_id, text) => {
      expect(spans(text)).toEqual([]);
      expect(spans(text, 'GB')).toEqual([]);
    },
  );

  it.each<[string, string | undefined, string]>([
    ['no region', undefined, 'vodafone-uk'],
    ['the owner’s region', 'GB', 'vodafone-uk'],
    ['a region whose entry shares the name', 'DE', 'vodafone-de'],
    ['another sharing region', 'ES', 'vodafone-es'],
  ])('resolves bare "Vodafone" with %s', (_label, region, id) => {
    expect(spans('Vodafone SIM', region)).toEqual([`Vodafone → ${id}`]);
  });

  it('names no carrier for a group name on a Latin-script page of a market it does not serve', () => {
    expect(spans('Vodafone SIM', 'JP')).toEqual([]);
  });

  it("names the group name's owner on a page in another script, where readers name carriers abroad", () => {
    expect(spans('日本の空港で Vodafone の SIM を買えますか', 'JP')).toEqual(['Vodafone → vodafone-uk']);
  });

  it('keeps a country-specific name whatever the page region', () => {
    expect(spans('Vodafone Deutschland SIM', 'GB')).toEqual(['Vodafone Deutschland → vodafone-de']);
  });

  it('reports offsets that slice back to the text as written', () => {
    const text = '出国前记得给中国移动的卡开通国际漫游。';
    expect(findCarriers(text).map((f) => text.slice(f.start, f.end))).toEqual(['中国移动']);
  });
});
