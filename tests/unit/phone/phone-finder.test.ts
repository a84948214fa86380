import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { findPhones } from '@/lib/phone/phone-finder';

type Expected = {
  text: string;
  e164: string | null;
  region: string | null;
  type: string | null;
  ext?: string;
};

function found(text: string, region: CountryCode) {
  return findPhones(text, { defaultRegion: region }).map((f) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    return { text: f.text, e164: f.e164, region: f.region, type: f.type, ...(f.ext ? { ext: f.ext } : {}) };
  });
}

describe('findPhones', () => {
  it.each<[string, string, CountryCode, Expected[]]>([
    [
      'a CN mobile glued to CJK',
      '请拨打13800138000咨询',
      'CN',
      [{ text: '13800138000', e164: '+8613800138000', region: 'CN', type: 'MOBILE' }],
    ],
    [
      'a TW fixed line with a full-width colon',
      '電話：(02)2311-4567',
      'TW',
      [{ text: '(02)2311-4567', e164: '+886223114567', region: 'TW', type: 'FIXED_LINE' }],
    ],
    [
      'full-width digits',
      '热线 ＋８６ １３８ ００１３ ８０００',
      'US',
      [{ text: '＋８６ １３８ ００１３ ８０００', e164: '+8613800138000', region: 'CN', type: 'MOBILE' }],
    ],
    [
      'HK via 00 from a US page',
      'Call 00852 2880 2688',
      'US',
      [{ text: '00852 2880 2688', e164: '+85228802688', region: 'HK', type: 'FIXED_LINE' }],
    ],
    [
      'GB via 011 from a CN page',
      '从美国拨 011 44 20 7925 0918',
      'CN',
      [{ text: '011 44 20 7925 0918', e164: '+442079250918', region: 'GB', type: 'FIXED_LINE' }],
    ],
    [
      'AU via 0011',
      'From Australia dial 0011 61 2 9374 4000',
      'US',
      [{ text: '0011 61 2 9374 4000', e164: '+61293744000', region: 'AU', type: 'FIXED_LINE' }],
    ],
    [
      'a bracketed calling code',
      '電話 (852) 2880 2688',
      'CN',
      [{ text: '(852) 2880 2688', e164: '+85228802688', region: 'HK', type: 'FIXED_LINE' }],
    ],
    [
      'tel: text',
      'tel:+1-212-555-0123',
      'GB',
      [{ text: '+1-212-555-0123', e164: '+12125550123', region: 'US', type: 'FIXED_LINE_OR_MOBILE' }],
    ],
    [
      'a Latin extension',
      'Reservations +1 212 555 0123 ext. 12',
      'US',
      [
        {
          text: '+1 212 555 0123 ext. 12',
          e164: '+12125550123',
          region: 'US',
          type: 'FIXED_LINE_OR_MOBILE',
          ext: '12',
        },
      ],
    ],
    [
      'a 轉 extension',
      '電話 02-2311-4567 轉 123',
      'TW',
      [{ text: '02-2311-4567 轉 123', e164: '+886223114567', region: 'TW', type: 'FIXED_LINE', ext: '123' }],
    ],
    [
      'a 转 extension',
      '总机 010-6552 9988 转 8001',
      'CN',
      [
        {
          text: '010-6552 9988 转 8001',
          e164: '+861065529988',
          region: 'CN',
          type: 'FIXED_LINE',
          ext: '8001',
        },
      ],
    ],
    [
      'a JP fixed line',
      'お問い合わせ：03-1234-5678',
      'JP',
      [{ text: '03-1234-5678', e164: '+81312345678', region: 'JP', type: 'FIXED_LINE' }],
    ],
    [
      'a KR fixed line',
      '문의 전화: +82 2-123-4567',
      'KR',
      [{ text: '+82 2-123-4567', e164: '+8221234567', region: 'KR', type: 'FIXED_LINE' }],
    ],
    [
      'an SG fixed line',
      'Tel: +65 6123 4567',
      'SG',
      [{ text: '+65 6123 4567', e164: '+6561234567', region: 'SG', type: 'FIXED_LINE' }],
    ],
    [
      'a DE fixed line',
      'Telefon: 030 123456',
      'DE',
      [{ text: '030 123456', e164: '+4930123456', region: 'DE', type: 'FIXED_LINE' }],
    ],
    [
      'an FR mobile with dots',
      'Portable : 06.12.34.56.78',
      'FR',
      [{ text: '06.12.34.56.78', e164: '+33612345678', region: 'FR', type: 'MOBILE' }],
    ],
    [
      'a US number in NANP grouping on a CN page',
      '我的 GV 号是 (415) 555-0134',
      'CN',
      [{ text: '(415) 555-0134', e164: '+14155550134', region: 'US', type: 'FIXED_LINE_OR_MOBILE' }],
    ],
    [
      'Thai digits',
      'โทร. ๐๒ ๑๒๓ ๔๕๖๗',
      'TH',
      [{ text: '๐๒ ๑๒๓ ๔๕๖๗', e164: '+6621234567', region: 'TH', type: 'FIXED_LINE' }],
    ],
    [
      'a short code beside a calling word',
      '客服热线：10086',
      'CN',
      [{ text: '10086', e164: null, region: 'CN', type: 'SHORT_CODE' }],
    ],
    [
      'a number with a zero-width space after the country code, not a national number after it',
      'Call +44\u200b20 7925 0918 now',
      'US',
      [{ text: '+44\u200b20 7925 0918', e164: '+442079250918', region: 'GB', type: 'FIXED_LINE' }],
    ],
    [
      'numbers with a soft hyphen, a zero-width non-joiner and a BOM inside',
      'Tel +86 138\u00ad0013 8000, +44 20 7946\u200c0000 or +49 30 2\ufeff2730',
      'US',
      [
        { text: '+86 138\u00ad0013 8000', e164: '+8613800138000', region: 'CN', type: 'MOBILE' },
        { text: '+44 20 7946\u200c0000', e164: '+442079460000', region: 'GB', type: 'FIXED_LINE' },
        { text: '+49 30 2\ufeff2730', e164: '+493022730', region: 'DE', type: 'FIXED_LINE' },
      ],
    ],
  ])('finds %s', (_name, text, region, expected) => {
    expect(found(text, region)).toEqual(expected);
  });

  it.each<[string, string, CountryCode]>([
    ['a date', 'Last updated 2024-05-13', 'CN'],
    ['an HK-shaped compact date', 'Updated 20240513', 'HK'],
    ['an IP address', 'Server 192.168.10.100', 'CN'],
    ['a card number', 'Card 4111 1111 1111 1111', 'US'],
    ['an order number', '订单号 13800138000', 'CN'],
    ['a QQ number', 'QQ: 28802688', 'HK'],
    ['a wa.me link', 'https://wa.me/8613800138000', 'CN'],
    ['an e-mail address', '13800138000@163.com', 'CN'],
    ['a price', '价格 ¥ 2880 2688', 'HK'],
    ['a short code without a calling word', 'Route 10086 crosses the river', 'CN'],
  ])('skips %s', (_name, text, region) => {
    expect(findPhones(text, { defaultRegion: region })).toEqual([]);
  });

  it.each<[string, string, CountryCode, string]>([
    ['a number that is also the WeChat ID', '微信同号：13912345678', 'CN', '+8613912345678'],
    ['a switchboard after a postcode', '邮编：200001 总机：(021) 6322 5888', 'CN', '+862163225888'],
    ['a mobile after a tracking number', '快递单号 SF1402938475 收件人 13712345678', 'CN', '+8613712345678'],
  ])('keeps %s: a guard word stops at the identifier it stands before', (_name, text, region, e164) => {
    expect(findPhones(text, { defaultRegion: region }).map((f) => f.e164)).toEqual([e164]);
  });

  it('still skips the digits of one identifier written in groups', () => {
    expect(findPhones('身份证号 1101 0119 9003 0712 34', { defaultRegion: 'CN' })).toEqual([]);
  });

  it('keeps offsets of the text as written and document order', () => {
    const text = '電話：（０２）２３１１－４５６７，或拨打110';
    const findings = findPhones(text, { defaultRegion: 'TW' });
    expect(findings.map((f) => [f.start, f.end, f.e164 ?? f.shortCode])).toEqual([
      [3, 16, '+886223114567'],
      [20, 23, '110'],
    ]);
  });
});

describe('findPhones, short codes written the ways pages write them', () => {
  it.each<[string, CountryCode, string]>([
    ['In a life-threatening emergency, call Triple Zero (000).', 'AU', '000'],
    ['移动用户发送“101”到10086可以查账单。', 'CN', '10086'],
    ['Σε περίπτωση ανάγκης καλέστε το 112.', 'GR', '112'],
  ])('finds the code in %s', (text, region, code) => {
    const codes = findPhones(text, { defaultRegion: region }).map((f) => f.shortCode);
    expect(codes).toContain(code);
  });
});

describe('findPhones, what is not a short code', () => {
  it.each<[string, CountryCode]>([
    ['房间号码110', 'CN'],
    ['请打开第110页', 'CN'],
    ['Ship to USA: send to 90210 Beverly Hills', 'US'],
  ])('finds no code in %s', (text, region) => {
    expect(findPhones(text, { defaultRegion: region }).map((f) => f.text)).toEqual([]);
  });
});
