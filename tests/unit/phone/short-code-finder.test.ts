import { describe, expect, it } from 'vitest';
import { findShortCodes, regionOfShortCode } from '@/lib/phone/short-code-finder';

function codes(text: string, defaultRegion: string) {
  return findShortCodes(text, { defaultRegion }).map((f) => [f.shortCode, f.region, f.e164, f.type]);
}

describe('findShortCodes', () => {
  it.each([
    ['拨打 beside a carrier hotline', '拨打10086查询话费', 'CN', [['10086', 'CN', null, 'SHORT_CODE']]],
    [
      'a list after one calling word',
      '客服：中国移动10086，中国联通10010，中国电信10000。',
      'CN',
      [
        ['10086', 'CN', null, 'SHORT_CODE'],
        ['10010', 'CN', null, 'SHORT_CODE'],
        ['10000', 'CN', null, 'SHORT_CODE'],
      ],
    ],
    ['a texting word', '编辑短信 CXYE 发送到 10086', 'CN', [['10086', 'CN', null, 'SHORT_CODE']]],
    ['a word after the code', '火事・救急は119番', 'JP', [['119', 'JP', null, 'SHORT_CODE']]],
    [
      'call with a star code',
      'call 911 or *611',
      'US',
      [
        ['911', 'US', null, 'SHORT_CODE'],
        ['*611', 'US', null, 'SHORT_CODE'],
      ],
    ],
    [
      'German Notruf',
      'Rufen Sie die 112 an, die Polizei erreichen Sie unter 110.',
      'DE',
      [
        ['112', 'DE', null, 'SHORT_CODE'],
        ['110', 'DE', null, 'SHORT_CODE'],
      ],
    ],
    [
      'Korean emergency',
      '응급 상황에는 119, 범죄 신고는 112로 전화하세요.',
      'KR',
      [
        ['119', 'KR', null, 'SHORT_CODE'],
        ['112', 'KR', null, 'SHORT_CODE'],
      ],
    ],
    ['HK 999 on a GB page keeps GB', 'dial 999 in an emergency', 'GB', [['999', 'GB', null, 'SHORT_CODE']]],
    [
      'emergency services named beside the codes',
      'Notrufnummern: Sanität 144, Polizei 117, Feuerwehr 118.',
      'CH',
      [
        ['144', 'CH', null, 'SHORT_CODE'],
        ['117', 'CH', null, 'SHORT_CODE'],
        ['118', 'CH', null, 'SHORT_CODE'],
      ],
    ],
    [
      'a list whose codes are a clause apart',
      'Gọi 113 khi cần công an, 114 khi có cháy.',
      'VN',
      [
        ['113', 'VN', null, 'SHORT_CODE'],
        ['114', 'VN', null, 'SHORT_CODE'],
      ],
    ],
    [
      'a calling word, then the preposition',
      'Den Bereitschaftsdienst erreichen Sie bundesweit unter 116117.',
      'DE',
      [['116117', 'DE', null, 'SHORT_CODE']],
    ],
    ['no calling word', '第12306页', 'CN', []],
    ['a Korean road and building number', '서울시 중구 세종대로 110', 'KR', []],
    ['a building number with a calling word after it', '종로구 세종대로 119, 전화 문의', 'KR', []],
    ['a count beside an emergency word', 'The police arrested 112 people.', 'GB', []],
    ['part of a longer run', '拨打 10086-1234', 'CN', []],
    ['a price', '拨打热线 110 元', 'CN', []],
  ])('finds %s', (_name, text, region, expected) => {
    expect(codes(text, region)).toEqual(expected);
  });
});

describe('regionOfShortCode', () => {
  it.each([
    ['999', 'SG', 'SG'],
    ['999', 'US', null],
    ['10086', 'HK', 'CN'],
    ['*611', 'US', 'US'],
    ['*611', 'CA', 'CA'],
    ['611', 'GB', null],
    ['12', 'CN', null],
  ])(
    'places %s on a %s page in %s: the page region, else the only region listing it',
    (code, page, expected) => {
      expect(regionOfShortCode(code, page)).toBe(expected);
    },
  );
});
