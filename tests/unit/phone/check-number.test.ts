import { describe, expect, it } from 'vitest';
import { checkNumber } from '@/lib/phone/check-number';

describe('checkNumber: the steps a person would take', () => {
  it.each([
    ['a + country code', '+852 5123 4567', { homeRegion: 'US' }, '+85251234567'],
    [
      '00 before the country code, whatever the home exit code',
      '00852 5123 4567',
      { homeRegion: 'US' },
      '+85251234567',
    ],
    ['a bracketed country code', '(852) 5123 4567', { homeRegion: 'CN' }, '+85251234567'],
  ] as const)('takes %s as written', (_name, text, context, e164) => {
    const check = checkNumber(text, context);
    expect(check).toMatchObject({ ok: true, chosenBy: 'written', description: { e164 } });
  });

  it("reads a national number in the page's region before the home region", () => {
    expect(checkNumber('5123 4567', { homeRegion: 'SG', pageRegion: 'HK' })).toMatchObject({
      ok: true,
      chosenBy: 'page',
      description: { e164: '+85251234567' },
    });
  });

  it('reads it in the home region when the page has none that fits', () => {
    expect(checkNumber('020 7925 0918', { homeRegion: 'GB', pageRegion: 'US' })).toMatchObject({
      ok: true,
      chosenBy: 'home',
      description: { e164: '+442079250918' },
    });
  });

  it.each([
    ['an 11-digit 1xx number as a mainland mobile', '13800138000', 'US', '+8613800138000', 'CN'],
    ['a 09xx number as a Taiwan mobile', '0912 345 678', 'US', '+886912345678', 'TW'],
    ['a North American number from a Chinese home', '(650) 253-0000', 'CN', '+16502530000', 'US'],
  ])('places %s by its shape', (_name, text, homeRegion, e164, region) => {
    expect(checkNumber(text, { homeRegion: homeRegion as 'US' | 'CN' })).toMatchObject({
      ok: true,
      chosenBy: 'shape',
      description: { e164, region },
    });
  });

  it('names the likely regions where the same digits also fit, and counts the rest', () => {
    const check = checkNumber('6281 2345', { homeRegion: 'US', pageRegion: 'HK', pageNumberRegions: ['MO'] });
    if (!check.ok) throw new Error('expected a number');
    expect(check.alternatives).toEqual(['MO', 'TW']);
    expect(check.elsewhere).toBeGreaterThan(10);
  });

  it('never places a number by its shape in a region nobody on the page or at home is near', () => {
    expect(checkNumber('138 0013', { homeRegion: 'CN' })).toEqual({
      ok: false,
      reason: 'NOT_VALID',
      region: 'CN',
    });
  });

  it.each([
    ['text', 'call me', { ok: false, reason: 'NOT_A_NUMBER' }],
    ['an unknown country code', '+999 1234 5678', { ok: false, reason: 'INVALID_COUNTRY' }],
    [
      'a digit too many after the country code',
      '+86 1380013800011111',
      { ok: false, reason: 'TOO_LONG', region: 'CN' },
    ],
  ])('says why %s is not a number', (_name, text, expected) => {
    expect(checkNumber(text, { homeRegion: 'US' })).toEqual(expected);
  });
});
