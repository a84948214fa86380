import type { CountryCode } from 'libphonenumber-js';
import * as z from 'zod/mini';
import { isSupportedRegion } from '../phone/supported-regions';

/**
 * The user's settings and how a stored record is read: each field is parsed on its own, so one
 * corrupt value falls back to its default while the others survive. Reading and writing storage is
 * settings-storage.ts; only the popup and the options page write.
 */

export const uiLanguages = ['auto', 'en', 'zh-Hans', 'zh-Hant'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const highlightStyles = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof highlightStyles)[number];

export const hoverDelayBounds = { min: 0, max: 2000, step: 50 } as const;

/** Chat apps a number card may link to; each is off until the reader turns it on. */
export const messengers = ['whatsapp', 'telegram', 'signal'] as const;
export type Messenger = (typeof messengers)[number];

/** Sites are kept as lower-case hostnames; a listed host also turns off its subdomains. */
const hostnamePattern =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const maxDisabledSites = 1000;

export interface Settings {
  homeRegion: CountryCode;
  uiLanguage: UiLanguage;
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  disabledSites: string[];
  /** Where the reader is now; null while it is the home region. */
  currentRegion: CountryCode | null;
  /** The chat apps whose links number cards offer. */
  messengerLinks: Messenger[];
  /** Notifications when a SIM is about to lose its number (the permission is asked for when turned on). */
  keepReminders: boolean;
}

export type SettingsField = keyof Settings;

const buildFieldSchemas = () =>
  ({
    homeRegion: z.string().check(z.refine(isSupportedRegion)),
    uiLanguage: z.enum(uiLanguages),
    highlightStyle: z.enum(highlightStyles),
    hoverDelayMs: z.int().check(z.gte(hoverDelayBounds.min), z.lte(hoverDelayBounds.max)),
    disabledSites: z.array(z.unknown()).check(z.maxLength(maxDisabledSites)),
    currentRegion: z.nullable(z.string().check(z.refine(isSupportedRegion))),
    messengerLinks: z.array(z.enum(messengers)).check(z.maxLength(messengers.length)),
    keepReminders: z.boolean(),
  }) satisfies { [K in SettingsField]: z.ZodMiniType<unknown> };

/** Built on first parse rather than when the module loads, which every page does. */
let fieldSchemaCache: ReturnType<typeof buildFieldSchemas> | null = null;
const fieldSchemas = () => {
  fieldSchemaCache ??= buildFieldSchemas();
  return fieldSchemaCache;
};

/** Keeps the readable hostnames of a list, so one bad entry does not cost the others. */
function readableSites(entries: readonly unknown[]): string[] {
  const hosts = entries.map((entry) => (typeof entry === 'string' ? normalizeHostname(entry) : null));
  return [...new Set(hosts.filter((host) => host !== null))];
}

/** The user's region from the browser language, e.g. "zh-TW" → "TW", "zh" → "CN", "en" → "US". */
export function regionFromLanguage(language: string): CountryCode | null {
  // A tag that names its region ("en-US", "zh-Hant-TW", as browsers report them) needs no likely-
  // subtags lookup, which costs a few ms on every page.
  const written = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})$/i.exec(language)?.[1]?.toUpperCase();
  if (written !== undefined) return isSupportedRegion(written) ? written : null;
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region && isSupportedRegion(region) ? region : null;
  } catch {
    return null;
  }
}

export function defaultSettings(language: string = globalThis.navigator?.language ?? 'en-US'): Settings {
  return {
    homeRegion: regionFromLanguage(language) ?? 'US',
    uiLanguage: 'auto',
    highlightStyle: 'underline',
    hoverDelayMs: 300,
    disabledSites: [],
    currentRegion: null,
    messengerLinks: [],
    keepReminders: false,
  };
}

/** "https://www.Example.com/x" or "Example.com." → "www.example.com" / "example.com"; null when not a hostname. */
export function normalizeHostname(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\.$/, '');
  return hostnamePattern.test(host) ? host : null;
}

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but unreadable and fell back to their defaults. */
  invalid: SettingsField[];
}

function ownField(raw: unknown, field: SettingsField): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return Object.hasOwn(raw, field) ? (raw as Record<string, unknown>)[field] : undefined;
}

function parseField<K extends SettingsField>(
  raw: unknown,
  field: K,
  fallback: (field: K) => Settings[K],
): { value: Settings[K]; valid: boolean } {
  const value = ownField(raw, field);
  if (value === undefined) return { value: fallback(field), valid: true };
  const parsed = fieldSchemas()[field].safeParse(value);
  return parsed.success
    ? { value: parsed.data as Settings[K], valid: true }
    : { value: fallback(field), valid: false };
}

/** Reads whatever is stored into a complete, valid Settings object, field by field. */
export function parseSettings(raw: unknown, defaults?: Settings): ParsedSettings {
  const invalid: SettingsField[] = [];
  // Built only when a field falls back: the browser's likely region costs a few ms on every page.
  let fallback = defaults;
  const defaultOf = <K extends SettingsField>(field: K): Settings[K] => {
    fallback ??= defaultSettings();
    return fallback[field];
  };
  const take = <K extends SettingsField>(field: K): Settings[K] => {
    const { value, valid } = parseField(raw, field, defaultOf);
    if (!valid) invalid.push(field);
    return value;
  };
  const sites: readonly unknown[] = take('disabledSites');
  const disabledSites = readableSites(sites);
  if (disabledSites.length !== sites.length && !invalid.includes('disabledSites'))
    invalid.push('disabledSites');
  return {
    settings: {
      homeRegion: take('homeRegion'),
      uiLanguage: take('uiLanguage'),
      highlightStyle: take('highlightStyle'),
      hoverDelayMs: take('hoverDelayMs'),
      disabledSites,
      currentRegion: take('currentRegion'),
      messengerLinks: [...new Set(take('messengerLinks'))],
      keepReminders: take('keepReminders'),
    },
    invalid,
  };
}

/**
 * v1 (the first preview) stored `region`, `language` as a _locales folder name ("zh_CN") and a
 * `highlight` on/off flag. v2 renames the region, uses BCP 47 script tags for the language and
 * replaces the flag with a style. Unknown values are passed on for parseSettings to reject.
 */
export function migrateSettingsV1(old: unknown): Record<string, unknown> {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return {};
  const v1 = old as Record<string, unknown>;
  const languages: Record<string, UiLanguage> = {
    auto: 'auto',
    en: 'en',
    zh_CN: 'zh-Hans',
    zh_TW: 'zh-Hant',
  };
  const migrated: Record<string, unknown> = {};
  if (Object.hasOwn(v1, 'region')) migrated.homeRegion = v1.region;
  if (typeof v1.language === 'string' && Object.hasOwn(languages, v1.language)) {
    migrated.uiLanguage = languages[v1.language];
  }
  if (v1.highlight === false) migrated.highlightStyle = 'none';
  if (Object.hasOwn(v1, 'disabledSites')) migrated.disabledSites = v1.disabledSites;
  return migrated;
}

/** True when the user turned Dialwise off for this host or one of its parent domains. */
export function isSiteDisabled(hostname: string, settings: Pick<Settings, 'disabledSites'>): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The disabled-site list after switching one host on or off; switching on also clears its parent entries. */
export function disabledSitesWith(sites: readonly string[], hostname: string, enabled: boolean): string[] {
  const host = normalizeHostname(hostname);
  if (!host) return [...sites];
  if (enabled) return sites.filter((site) => host !== site && !host.endsWith(`.${site}`));
  return sites.includes(host) ? [...sites] : [...sites, host];
}

/** Where the reader is now: the region they said, else home. */
export function whereNow(settings: Pick<Settings, 'homeRegion' | 'currentRegion'>): CountryCode {
  return settings.currentRegion ?? settings.homeRegion;
}
