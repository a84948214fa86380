import { describe, expect, it } from 'vitest';
import { languageRegions } from '@/lib/carriers/language-regions';

describe('languageRegions', () => {
  it.each<[string | undefined, readonly string[]]>([
    ['zh-HK', ['HK']],
    ['zh-Hant-TW', ['TW']],
    ['en-PH', ['PH']],
    ['zh-Hant', ['HK', 'MO', 'TW']],
    ['zh', ['CN', 'SG']],
    ['zh-Hans', ['CN', 'SG']],
    ['ja', ['JP']],
    ['fil', ['PH']],
    ['', []],
    ['  ', []],
    [undefined, []],
    ['not a tag!', []],
  ])('reads %s', (lang, expected) => {
    expect(languageRegions(lang)).toEqual(expected);
  });
});
