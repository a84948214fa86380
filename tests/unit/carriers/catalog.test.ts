// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { carrierById, carriers, parseCarrierFile } from '@/lib/carriers/catalog';

const minimalEntry = {
  id: 'example-mobile',
  region: 'GB',
  kind: 'mvno',
  names: { en: 'Example Mobile', zhHans: 'Example Mobile', zhHant: 'Example Mobile' },
  aliases: [],
  serviceNumbers: [],
  notes: [],
};

describe('carrierById', () => {
  it.each([
    ['china-mobile', 'CN', '中国移动'],
    ['smartone', 'HK', 'SmarTone'],
    ['t-mobile-us', 'US', 'T-Mobile'],
    ['vodafone-uk', 'GB', 'Vodafone'],
    ['airalo', 'global', 'Airalo'],
  ])('finds %s in region %s', (id, region, name) => {
    const carrier = carrierById(id);
    expect(carrier?.region).toBe(region);
    expect(Object.values(carrier?.names ?? {})).toContain(name);
  });

  it.each(['', 'unknown-carrier', 'China-Mobile', '__proto__', 'constructor'])(
    'returns undefined for %j',
    (id) => {
      expect(carrierById(id)).toBeUndefined();
    },
  );

  it('returns the same entry that the carrier list holds', () => {
    expect(carriers().every((carrier) => carrierById(carrier.id) === carrier)).toBe(true);
  });
});

describe('parseCarrierFile', () => {
  it('fills in defaults for a valid file', () => {
    expect(parseCarrierFile('gb.json', [minimalEntry])).toEqual([{ ...minimalEntry, ambiguous: [] }]);
  });

  it.each([
    [
      'a missing name',
      [{ ...minimalEntry, names: { en: 'Example Mobile', zhHans: 'Example Mobile' } }],
      /0\.names\.zhHant/,
    ],
    [
      'an http source',
      [
        {
          ...minimalEntry,
          notes: [
            {
              topic: 'sms',
              text: minimalEntry.names,
              source: 'http://example.com',
              sourceKind: 'carrier',
              checked: '2026-01-01',
            },
          ],
        },
      ],
      /0\.notes\.0\.source/,
    ],
    ['an unknown kind in the second entry', [minimalEntry, { ...minimalEntry, kind: 'reseller' }], /1\.kind/],
    ['an object instead of an array', { entries: [] }, /\(root\)/],
  ])('throws naming the file and the issue path for %s', (_case, data, path) => {
    expect(() => parseCarrierFile('xx.json', data)).toThrow(/xx\.json/);
    expect(() => parseCarrierFile('xx.json', data)).toThrow(path);
  });
});
