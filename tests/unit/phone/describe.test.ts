import { describe, expect, it } from 'vitest';
import { describeNumber } from '@/lib/phone/describe';

describe('describeNumber', () => {
  it('gives the forms of a Chinese mobile seen from the US', () => {
    expect(describeNumber('+8613800138000', { homeRegion: 'US' })).toEqual({
      e164: '+8613800138000',
      region: 'CN',
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
    const description = describeNumber(e164, { homeRegion: homeRegion as 'CN' });
    expect([description?.dialFromHome, description?.plusForm, description?.smsHint]).toEqual([
      dialFromHome,
      plusForm,
      smsHint,
    ]);
  });

  it('returns null for text that is no number', () => {
    expect(describeNumber('hello', { homeRegion: 'CN' })).toBeNull();
  });
});
