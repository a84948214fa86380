import { describe, expect, it } from 'vitest';
import { shortCodeCoverage } from '@/lib/phone/short-code-coverage';
import type { ShortCodeEntry } from '@/lib/phone/short-code-schema';

const name = { en: 'x', zhHans: 'x', zhHant: 'x' };
const entry = (region: string, code: string, extra: Partial<ShortCodeEntry> = {}): ShortCodeEntry => ({
  region,
  code,
  kind: 'emergency',
  name,
  source: 'https://example.org/',
  sourceKind: 'official',
  checked: '2026-12-06',
  ...extra,
});

describe('shortCodeCoverage', () => {
  it('counts regions, kinds, sources, carriers and what is said of calling from abroad', () => {
    const coverage = shortCodeCoverage([
      entry('FR', '15'),
      entry('FR', '112', { fromAbroad: name }),
      entry('JP', '157', { kind: 'carrier-hotline', carrierId: 'softbank', sourceKind: 'third-party' }),
    ]);
    expect(coverage).toEqual({
      regions: 2,
      codes: 3,
      byKind: { emergency: 2, 'carrier-hotline': 1 },
      bySource: { official: 2, 'third-party': 1 },
      withCarrier: 1,
      withFromAbroad: 1,
      perRegion: [
        ['JP', 1],
        ['FR', 2],
      ],
    });
  });
});
