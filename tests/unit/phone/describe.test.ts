import { describe, expect, it } from 'vitest';
import { describeNumber, describeShortCode, flagOf } from '@/lib/phone/describe';

describe('describeNumber', () => {
  it('gives the forms of a Chinese mobile seen from the US', () => {
    expect(describeNumber('+8613800138000', { homeRegion: 'US', locale: 'en' })).toEqual({
      e164: '+8613800138000',
      region: 'CN',
      regionName: 'China',
      flag: '🇨🇳',
      type: 'MOBILE',
      forms: {
        e164: '+8613800138000',
        international: '+86 138 0013 8000',
        national: '138 0013 8000',
        rfc3966: 'tel:+86-138-0013-8000',
      },
      dialFromHome: '011 86 138 0013 8000',
      plusForm: '+86 138 0013 8000',
      smsHint: 'mobile',
    });
  });

  it.each([
    ['+85228802688', 'CN', '00 852 2880 2688', null, 'fixed'],
    ['+85228802688', 'HK', '2880 2688', null, 'fixed'],
    ['+442079250918', 'AU', '0011 44 20 7925 0918', null, 'fixed'],
    ['+12125550123', 'US', '(212) 555-0123', '+1 212 555 0123', 'fixedOrMobile'],
    ['+61293744000', 'JP', '010 61 2 9374 4000', null, 'fixed'],
    ['+18002255288', 'GB', '00 1 800 225 5288', null, 'tollFree'],
    ['+886912345678', 'HK', '00 886 912 345 678', '+886 912 345 678', 'mobile'],
  ])('%s dialled from %s', (e164, homeRegion, dialFromHome, plusForm, smsHint) => {
    const description = describeNumber(e164, { homeRegion: homeRegion as 'CN', locale: 'en' });
    expect([description?.dialFromHome, description?.plusForm, description?.smsHint]).toEqual([
      dialFromHome,
      plusForm,
      smsHint,
    ]);
  });

  it('names the region in the reader locale', () => {
    expect(describeNumber('+85228802688', { homeRegion: 'CN', locale: 'zh-Hant-HK' })?.regionName).toBe(
      '中國香港特別行政區',
    );
  });

  it('returns null for text that is no number', () => {
    expect(describeNumber('hello', { homeRegion: 'CN', locale: 'en' })).toBeNull();
  });
});

describe('describeShortCode', () => {
  it.each([
    ['10086', 'CN', 'carrier', 'China Mobile'],
    ['999', 'HK', 'emergency', 'Emergency services'],
    ['*611', 'US', 'carrier', 'Your mobile carrier'],
  ])('describes %s in %s', (code, region, service, name) => {
    expect(describeShortCode(code, region, { locale: 'en' })).toMatchObject({
      shortCode: code,
      region,
      service,
      name,
      type: 'SHORT_CODE',
      smsHint: 'shortCode',
    });
  });

  it('returns null for a code the region does not list', () => {
    expect(describeShortCode('10086', 'US', { locale: 'en' })).toBeNull();
  });
});

describe('flagOf', () => {
  it.each([
    ['CN', '🇨🇳'],
    ['GB', '🇬🇧'],
    ['001', null],
  ])('%s → %s', (region, flag) => {
    expect(flagOf(region)).toBe(flag);
  });
});
