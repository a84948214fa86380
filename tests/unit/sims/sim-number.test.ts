import { describe, expect, it } from 'vitest';
import { readSimNumber } from '@/lib/sims/sim-number';

describe('readSimNumber', () => {
  it.each([
    ['+852 5123 4567', 'US', '+85251234567', '+852 5123 4567', 'HK'],
    ['5123 4567', 'HK', '+85251234567', '+852 5123 4567', 'HK'],
    ['(201) 555-0123', 'US', '+12015550123', '+1 201 555 0123', 'US'],
    ['１３８ ００１３ ８０００', 'CN', '+8613800138000', '+86 138 0013 8000', 'CN'],
  ] as const)('reads %s in %s', (text, region, e164, international, numberRegion) => {
    expect(readSimNumber(text, region)).toEqual({ ok: true, e164, international, region: numberRegion });
  });

  it.each([
    ['123', 'HK'],
    ['+852 1234', 'US'],
    ['not a number', 'US'],
  ] as const)('rejects %s', (text, region) => {
    expect(readSimNumber(text, region)).toEqual({ ok: false });
  });
});
