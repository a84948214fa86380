import { getCountries } from 'libphonenumber-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { supportedRegions } from '@/lib/phone/regions';
import {
  defaultSettings,
  disabledSitesWith,
  getSettings,
  isSiteDisabled,
  migrateSettingsV1,
  normalizeHostname,
  parseSettings,
  regionFromLanguage,
  type Settings,
  updateSettings,
  watchSettings,
} from '../../../lib/settings';

const defaults: Settings = defaultSettings('zh-CN');

describe('supportedRegions', () => {
  it('equals the regions libphonenumber-js supports', () => {
    expect([...supportedRegions].sort()).toEqual([...getCountries()].sort());
  });
});

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
    ['an array', ['HK'], {}, []],
    ['a string', 'HK', {}, []],
  ])('keeps the rest when given %s', (_name, raw, expected, invalid) => {
    const parsed = parseSettings(raw, defaults);
    expect(parsed.settings).toEqual({ ...defaults, ...expected });
    expect(parsed.invalid).toEqual(invalid);
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

describe('stored settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads a v1 record as migrated before anything has rewritten it', async () => {
    const v1 = { region: 'HK', language: 'zh_TW', highlight: false };
    await fakeBrowser.storage.local.set({ settings: v1 });
    const { settings, invalid } = await getSettings();
    expect(invalid).toEqual([]);
    expect(settings).toMatchObject({ homeRegion: 'HK', uiLanguage: 'zh-Hant', highlightStyle: 'none' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: v1 });
  });

  it('migrates the stored record on the first write, keeping the v1 values', async () => {
    await fakeBrowser.storage.local.set({ settings: { region: 'HK', language: 'zh_TW', highlight: false } });
    await updateSettings({ hoverDelayMs: 500 });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({
      homeRegion: 'HK',
      uiLanguage: 'zh-Hant',
      highlightStyle: 'none',
      hoverDelayMs: 500,
    });
  });

  it('reads a current record as stored, even where it looks like v1', async () => {
    await fakeBrowser.storage.local.set({
      settings: { homeRegion: 'TW', region: 'HK' },
      settings$: { v: 2 },
    });
    expect((await getSettings()).settings.homeRegion).toBe('TW');
  });

  it('reads the settings in one storage call', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      await getSettings();
      expect(get).toHaveBeenCalledTimes(1);
    } finally {
      get.mockRestore();
    }
  });

  it('falls back per field for a corrupt stored record', async () => {
    await fakeBrowser.storage.local.set({
      settings: { homeRegion: 'MO', hoverDelayMs: -5 },
      settings$: { v: 2 },
    });
    const { settings, invalid } = await getSettings();
    expect(settings.homeRegion).toBe('MO');
    expect(settings.hoverDelayMs).toBe(300);
    expect(invalid).toEqual(['hoverDelayMs']);
  });

  it('writes a complete record and rejects invalid changes', async () => {
    await updateSettings({ homeRegion: 'SG' });
    await updateSettings({ hoverDelayMs: 123456 });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Settings;
    expect(stored.homeRegion).toBe('SG');
    expect(stored.hoverDelayMs).toBe(300);
    expect(Object.keys(stored).sort()).toEqual([
      'disabledSites',
      'highlightStyle',
      'homeRegion',
      'hoverDelayMs',
      'uiLanguage',
    ]);
  });

  it('tells watchers about changes, parsed', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { highlightStyle: 'background', homeRegion: 42 } });
    unwatch();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.highlightStyle).toBe('background');
    expect(seen[0]?.homeRegion).toMatch(/^[A-Z]{2}$/);
  });
});
