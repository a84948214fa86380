import { describe, expect, it } from 'vitest';
import { parseShortCodeFile, shortCodeEntries, shortCodeEntriesFor } from '@/lib/phone/short-code-catalog';

describe('parseShortCodeFile', () => {
  it('names the file and the field of a bad entry', () => {
    const bad = { region: 'FR', codes: [{ code: '15', kind: 'ambulance' }] };
    expect(() => parseShortCodeFile('fr.json', bad)).toThrow(/fr\.json.*codes\.0\.kind/);
  });
});

describe('shortCodeEntriesFor', () => {
  it('gives one entry per carrier for a code several carriers answer', () => {
    expect(
      shortCodeEntriesFor('157', 'JP')
        .map((e) => e.carrierId)
        .sort(),
    ).toEqual(['au-kddi', 'softbank', 'ymobile']);
  });

  it('gives the entry of the region asked for only', () => {
    const [entry, ...rest] = shortCodeEntriesFor('10086', 'CN');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ region: 'CN', kind: 'carrier-hotline', carrierId: 'china-mobile' });
    expect(shortCodeEntriesFor('10086', 'HK')).toEqual([]);
  });

  it('reads every bundled entry with its region', () => {
    expect(shortCodeEntries.every((entry) => /^[A-Z]{2}$/.test(entry.region))).toBe(true);
  });
});

describe('shortCodeEntriesFor with a star', () => {
  it('reads *611 as 611', () => {
    expect(shortCodeEntriesFor('*611', 'US').map((e) => e.code)).toEqual(['611']);
  });
});
