import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  disabledSitesWith,
  isSiteDisabled,
  migrateSettingsV1,
  normalizeHostname,
  parseSettings,
  regionFromLanguage,
  type Settings,
  whereNow,
} from '../../../lib/settings/settings';

const defaults: Settings = defaultSettings('zh-CN');

describe('regionFromLanguage', () => {
  it.each([
    ['zh-CN', 'CN'],
    ['zh-TW', 'TW'],
    ['zh-HK', 'HK'],
    ['zh', 'CN'],
    ['en', 'US'],
    ['en-GB', 'GB'],
    ['ja', 'JP'],
    ['not a tag', null],
    ['en-AQ', null],
  ])('%s → %s', (language, region) => {
    expect(regionFromLanguage(language)).toBe(region);
  });

  it('falls back to US in the defaults when the language names no supported region', () => {
    expect(defaultSettings('xx-invalid!').homeRegion).toBe('US');
  });
});

describe('parseSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(parseSettings(null, defaults)).toEqual({ settings: defaults, invalid: [] });
  });

  it.each<[string, unknown, Partial<Settings>, string[]]>([
    ['a valid value', { homeRegion: 'HK' }, { homeRegion: 'HK' }, []],
    ['an unknown region', { homeRegion: 'XX' }, {}, ['homeRegion']],
    ['a lower-case region', { homeRegion: 'hk' }, {}, ['homeRegion']],
    ['a number for a region', { homeRegion: 86 }, {}, ['homeRegion']],
    ['an unknown language', { uiLanguage: 'fr' }, {}, ['uiLanguage']],
    ['a delay out of bounds', { hoverDelayMs: 99999 }, {}, ['hoverDelayMs']],
    ['a fractional delay', { hoverDelayMs: 1.5 }, {}, ['hoverDelayMs']],
    ['a string delay', { hoverDelayMs: '300' }, {}, ['hoverDelayMs']],
    ['sites as a string', { disabledSites: 'example.com' }, {}, ['disabledSites']],
    [
      'sites with one bad entry',
      { disabledSites: ['Example.com', 'not a host', 42, 'https://www.bank.hk/login'] },
      { disabledSites: ['example.com', 'www.bank.hk'] },
      ['disabledSites'],
    ],
    [
      'one corrupt field among good ones',
      { homeRegion: 'US', uiLanguage: 'zh-Hant', highlightStyle: 'blink', hoverDelayMs: 0 },
      { homeRegion: 'US', uiLanguage: 'zh-Hant', hoverDelayMs: 0 },
      ['highlightStyle'],
    ],
    ['a current region', { currentRegion: 'CN' }, { currentRegion: 'CN' }, []],
    ['no current region (at home)', { currentRegion: null }, { currentRegion: null }, []],
    ['an unknown current region', { currentRegion: 'Shenzhen' }, {}, ['currentRegion']],
    [
      'chat links',
      { messengerLinks: ['signal', 'whatsapp'] },
      { messengerLinks: ['signal', 'whatsapp'] },
      [],
    ],
    ['a chat link twice', { messengerLinks: ['signal', 'signal'] }, { messengerLinks: ['signal'] }, []],
    ['an unknown chat app', { messengerLinks: ['whatsapp', 'fax'] }, {}, ['messengerLinks']],
    ['reminders as a string', { keepReminders: 'yes' }, {}, ['keepReminders']],
    ['an array', ['HK'], {}, []],
    ['a string', 'HK', {}, []],
  ])('keeps the rest when given %s', (_name, raw, expected, invalid) => {
    const parsed = parseSettings(raw, defaults);
    expect(parsed.settings).toEqual({ ...defaults, ...expected });
    expect(parsed.invalid).toEqual(invalid);
  });

  it('reads where the reader is now as home until they say otherwise', () => {
    expect(whereNow(defaults)).toBe(defaults.homeRegion);
    expect(whereNow({ ...defaults, currentRegion: 'CN' })).toBe('CN');
  });

  it('ignores prototype-pollution keys and inherited values', () => {
    const raw: unknown = JSON.parse(
      '{"__proto__":{"homeRegion":"JP","polluted":true},"constructor":{"prototype":{"polluted":true}},"hoverDelayMs":500}',
    );
    const parsed = parseSettings(raw, defaults);
    expect(parsed.settings).toEqual({ ...defaults, hoverDelayMs: 500 });
    expect(Object.keys(parsed.settings).sort()).toEqual(Object.keys(defaults).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const inherited = Object.create({ homeRegion: 'JP' }) as object;
    expect(parseSettings(inherited, defaults).settings.homeRegion).toBe(defaults.homeRegion);
  });
});

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    [' WWW.Example.COM. ', 'www.example.com'],
    ['https://m.10086.cn/index?x=1', 'm.10086.cn'],
    ['example.com/path', 'example.com'],
    ['exa mple.com', null],
    ['', null],
    ['-bad.com', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });
});

describe('site switches', () => {
  it.each([
    ['example.com', ['example.com'], true],
    ['shop.example.com', ['example.com'], true],
    ['notexample.com', ['example.com'], false],
    ['example.com', ['shop.example.com'], false],
  ])('isSiteDisabled(%s) with %j is %s', (host, sites, expected) => {
    expect(isSiteDisabled(host, { disabledSites: sites })).toBe(expected);
  });

  it.each<[string[], string, boolean, string[]]>([
    [[], 'example.com', false, ['example.com']],
    [['example.com'], 'example.com', false, ['example.com']],
    [['example.com', 'hk.com'], 'shop.example.com', true, ['hk.com']],
    [['example.com'], 'nonsense host', true, ['example.com']],
  ])('disabledSitesWith(%j, %s, on=%s) → %j', (sites, host, enabled, expected) => {
    expect(disabledSitesWith(sites, host, enabled)).toEqual(expected);
  });
});

describe('migrateSettingsV1', () => {
  it.each<[unknown, Record<string, unknown>]>([
    [
      { region: 'HK', language: 'zh_TW', highlight: false },
      { homeRegion: 'HK', uiLanguage: 'zh-Hant', highlightStyle: 'none' },
    ],
    [
      { region: 'CN', language: 'zh_CN', highlight: true },
      { homeRegion: 'CN', uiLanguage: 'zh-Hans' },
    ],
    [{ language: 'toString' }, {}],
    [{ disabledSites: ['a.com'] }, { disabledSites: ['a.com'] }],
    ['junk', {}],
    [null, {}],
  ])('%j → %j', (v1, v2) => {
    expect(migrateSettingsV1(v1)).toEqual(v2);
  });
});
