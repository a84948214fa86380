import { storage } from '#imports';
import { migrateSettingsV1, type ParsedSettings, parseSettings, type Settings } from './settings';

/**
 * The settings in the extension's local storage. Not a WXT storage item: WXT runs an item's
 * migrations as soon as it is defined, two storage reads that every frame of every page would pay
 * for before it could read the settings. Instead a read migrates an old record in memory, and
 * every write stores the current version the way WXT's items do (the metadata key `<key>$` holding
 * `{ v }`), so a later move to `storage.defineItem` reads these records as they are. A unit test
 * pins that convention against WXT's own item.
 */

export const settingsKey = 'local:settings';
/** Where WXT keeps an item's metadata: its key and a "$". `v` is the version of the stored record. */
const settingsMetaKey = 'local:settings$';
export const settingsVersion = 2;

/** The stored value as of the current version: a record no writer has migrated yet is migrated in memory. */
function currentSettingsValue(value: unknown, meta: unknown): unknown {
  if (value == null) return value;
  const version = (meta as { v?: unknown } | null)?.v;
  return typeof version === 'number' && version >= settingsVersion ? value : migrateSettingsV1(value);
}

/** The settings, parsed: one storage read. */
export async function getSettings(): Promise<ParsedSettings> {
  const [stored, meta] = await storage.getItems([settingsKey, settingsMetaKey]);
  return parseSettings(currentSettingsValue(stored?.value, meta?.value));
}

/** Writes a change on top of the current settings; the stored value is always complete and valid. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const { settings } = await getSettings();
  const next = parseSettings({ ...settings, ...change }, settings).settings;
  await storage.setItems([
    { key: settingsKey, value: next },
    { key: settingsMetaKey, value: { v: settingsVersion } },
  ]);
  return next;
}

/** Calls back with the parsed settings after each write (writes always store the current version). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(settingsKey, (raw) => callback(parseSettings(raw).settings));
}
