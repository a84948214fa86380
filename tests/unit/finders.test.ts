import { describe, expect, it } from 'vitest';
import { findingsInText, type PageSigns } from '@/lib/finders';

function carriersIn(text: string, region: 'CN' | 'HK' | 'US', page?: PageSigns): string[] {
  return findingsInText(text, region, page).flatMap((finding) =>
    finding.kind === 'carrier' ? [`${finding.text}=${finding.id}`] : [],
  );
}

describe('findingsInText', () => {
  it.each<[string, string, 'CN' | 'HK' | 'US', PageSigns, string[]]>([
    [
      'a number written with its country code',
      'Smart 的储值卡客服电话是 +852 2880 2688',
      'CN',
      {},
      ['Smart=smartone'],
    ],
    [
      'a national number on a page of that region',
      'Smart 的储值卡客服电话是 2880 2688',
      'HK',
      {},
      ['Smart=smartone'],
    ],
    [
      'a national number read only in the reader’s home region',
      'Smart 的储值卡客服电话是 2880 2688',
      'HK',
      { regionIsPage: false },
      [],
    ],
    [
      'the page’s language',
      'Smart 的储值卡可以收短信',
      'US',
      { lang: 'zh-Hant-HK', regionIsPage: false },
      ['Smart=smartone'],
    ],
    ['no sign of the markets that use the name', 'Smart 的储值卡可以收短信', 'CN', { lang: 'zh-CN' }, []],
  ])('resolves a name several markets use by %s', (_label, text, region, page, expected) => {
    expect(carriersIn(text, region, page)).toEqual(expected);
  });

  it('keeps numbers and carriers in reading order', () => {
    expect(findingsInText('联通用户拨打10010', 'CN').map((finding) => finding.text)).toEqual([
      '联通',
      '10010',
    ]);
  });
});
