import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../../../lib/settings/settings';
import {
  getSettings,
  settingsKey,
  settingsVersion,
  updateSettings,
  watchSettings,
} from '../../../lib/settings/settings-storage';

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
      'currentRegion',
      'disabledSites',
      'highlightStyle',
      'homeRegion',
      'hoverDelayMs',
      'keepReminders',
      'messengerLinks',
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

/*
 * The reader above is our own (per-field fallback, no migration reads on every page), but it keeps
 * to WXT's storage-item convention so that WXT's own item reads what it writes and the other way
 * round. These tests pin that convention against WXT itself.
 */
describe("WXT's storage-item convention", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("writes the version where WXT's item keeps it, so WXT's item reads the record without migrating", async () => {
    await updateSettings({ hoverDelayMs: 450 });
    const migrate = vi.fn((old: unknown) => old);
    const item = storage.defineItem<Record<string, unknown>>(settingsKey, {
      version: settingsVersion,
      migrations: { [settingsVersion]: migrate },
    });
    await item.migrate();
    expect(migrate).not.toHaveBeenCalled();
    expect((await item.getValue())?.hoverDelayMs).toBe(450);
    expect(await item.getMeta()).toEqual({ v: settingsVersion });
  });

  it("reads a record written by WXT's item at the current version as current", async () => {
    const item = storage.defineItem<Record<string, unknown>>(settingsKey, { version: settingsVersion });
    await item.setValue({ homeRegion: 'MO', uiLanguage: 'zh-Hant' });
    await item.setMeta({ v: settingsVersion });
    const { settings, invalid } = await getSettings();
    expect(settings).toMatchObject({ homeRegion: 'MO', uiLanguage: 'zh-Hant' });
    expect(invalid).toEqual([]);
  });
});
