import { describe, expect, it } from 'vitest';
import { regionForPage } from '@/lib/phone/page-region';

describe('regionForPage', () => {
  it.each([
    ['zh-HK', 'example.com', { region: 'HK', rule: 'lang' }],
    ['zh-TW', 'example.cn', { region: 'TW', rule: 'lang' }],
    ['en-GB', 'example.com', { region: 'GB', rule: 'lang' }],
    ['zh-Hans-CN', 'example.io', { region: 'CN', rule: 'lang' }],
    ['ja', 'example.jp', { region: 'JP', rule: 'tld' }],
    [null, 'www.bbc.co.uk', { region: 'GB', rule: 'tld' }],
    ['en', 'gov.hk.', { region: 'HK', rule: 'tld' }],
    ['not a tag!', 'example.tw', { region: 'TW', rule: 'tld' }],
    ['en', 'user.github.io', { region: 'SG', rule: 'home' }],
    ['en', 'example.com', { region: 'SG', rule: 'home' }],
    ['en', 'localhost', { region: 'SG', rule: 'home' }],
  ] as const)('lang %s on %s → %o', (lang, hostname, expected) => {
    expect(regionForPage({ lang, hostname, homeRegion: 'SG' })).toEqual(expected);
  });
});
