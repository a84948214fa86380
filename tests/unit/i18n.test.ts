import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  catalogs,
  createTranslator,
  formatMessage,
  languageFromLocale,
  resolveLanguage,
} from '../../lib/i18n';

const placeholderNames = (catalog: Catalog, key: string) => {
  const entry = catalog[key];
  return {
    declared: Object.keys(entry?.placeholders ?? {}).sort(),
    used: [
      ...new Set(
        [...(entry?.message.matchAll(/\$([A-Za-z0-9_]+)\$/g) ?? [])].map((m) => m[1]?.toLowerCase()),
      ),
    ].sort(),
    contents: Object.values(entry?.placeholders ?? {})
      .map((p) => p.content)
      .sort(),
  };
};

describe('catalogs', () => {
  const en = catalogs.en;
  it.each(['zh-Hans', 'zh-Hant'] as const)('%s has exactly the English keys', (language) => {
    expect(Object.keys(catalogs[language]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s declares and uses the same placeholders in every language', (key) => {
    const expected = placeholderNames(en, key);
    expect(expected.used).toEqual(expected.declared);
    for (const language of ['zh-Hans', 'zh-Hant'] as const) {
      expect(placeholderNames(catalogs[language], key)).toEqual(expected);
    }
  });

  it.each(Object.entries(catalogs))('%s has no empty message', (_language, catalog) => {
    for (const entry of Object.values(catalog)) expect(entry?.message.trim()).not.toBe('');
  });
});

describe('languageFromLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['fr', 'en'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['', 'en'],
    ['!!', 'en'],
  ])('%j → %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });

  it('lets a chosen language win over the browser', () => {
    expect(resolveLanguage('zh-Hant', 'en-US')).toBe('zh-Hant');
    expect(resolveLanguage('auto', 'zh-HK')).toBe('zh-Hant');
  });
});

describe('formatMessage', () => {
  it.each([
    [{ message: 'plain' }, [], 'plain'],
    [
      { message: 'From $REGION$ dial', placeholders: { region: { content: '$1' } } },
      ['China'],
      'From China dial',
    ],
    [
      { message: '$B$ then $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
      ['1', '2'],
      '2 then 1',
    ],
    [{ message: 'costs $$5' }, [], 'costs $5'],
    [{ message: 'missing $X$', placeholders: { x: { content: '$1' } } }, [], 'missing '],
    [{ message: '$A$', placeholders: { a: { content: '$1' } } }, ['$2 stays'], '$2 stays'],
  ])('%j with %j → %j', (entry, subs, expected) => {
    expect(formatMessage(entry, subs)).toBe(expected);
  });
});

describe('createTranslator', () => {
  it.each([
    ['en', 'Too short for a number in China.'],
    ['zh-Hans', '对中国的号码来说太短了。'],
    ['zh-Hant', '對中國的號碼來說太短了。'],
  ] as const)('%s fills placeholders and names regions', (language, expected) => {
    const i18n = createTranslator(language);
    expect(i18n.t('errorTooShort', i18n.regionName('CN'))).toBe(expected);
  });

  it.each([
    ['en', 'HK', 'Hong Kong'],
    ['en', 'US', 'United States'],
    ['en', 'GB', 'United Kingdom'],
    ['zh-Hans', 'MO', '澳门'],
    ['zh-Hant', 'HK', '香港'],
  ] as const)('names regions the short way in %s: %s → %s', (language, code, name) => {
    expect(createTranslator(language).regionName(code)).toBe(name);
  });

  it('names an unknown region by its code', () => {
    expect(createTranslator('en').regionName('ZZZ')).toBe('ZZZ');
  });

  it('picks the right text of a note', () => {
    const text = { en: 'Roaming', zhHans: '漫游', zhHant: '漫遊' };
    expect(createTranslator('zh-Hant').localized(text)).toBe('漫遊');
    expect(createTranslator('en').localized(text)).toBe('Roaming');
  });

  it('writes dates in the reader language and leaves nonsense alone', () => {
    expect(createTranslator('en').date('2025-05-01')).toBe('May 1, 2025');
    expect(createTranslator('zh-Hans').date('2025-05-01')).toBe('2025年5月1日');
    expect(createTranslator('en').date('soon')).toBe('soon');
  });
});
