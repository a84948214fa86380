// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { carrierById } from '@/lib/carriers/catalog';
import { shortCodeFileNames } from '@/lib/phone/short-code-catalog';
import { type ShortCodeEntry, shortCodeFileSchema } from '@/lib/phone/short-code-schema';

const dataDir = fileURLToPath(new URL('../../../lib/phone/data/short-codes/', import.meta.url));
const fileNames = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

function readRaw(fileName: string): unknown {
  return JSON.parse(readFileSync(`${dataDir}${fileName}`, 'utf8'));
}

// Parsed per file so one broken file is reported by name instead of hiding the others' checks.
const parsedFiles = fileNames.map((fileName) => {
  const result = shortCodeFileSchema.safeParse(readRaw(fileName));
  return {
    fileName,
    region: result.success ? result.data.region : '',
    entries: result.success ? result.data.codes.map((code) => ({ ...code, region: result.data.region })) : [],
  };
});
const allEntries: ShortCodeEntry[] = parsedFiles.flatMap((file) => file.entries);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const today = new Date().toISOString().slice(0, 10);

/**
 * A code is listed once per region. The one exception is a carrier hotline that several carriers
 * each answer for their own customers (Japan's 157 reaches au, SoftBank or Y!mobile, depending on
 * whose phone dials it): it is listed once per carrier, each entry with its carrierId.
 */
function keyOf(entry: ShortCodeEntry): string {
  return entry.kind === 'carrier-hotline' && entry.carrierId !== undefined
    ? `${entry.region}:${entry.code}:${entry.carrierId}`
    : `${entry.region}:${entry.code}`;
}

describe('short-code data files', () => {
  it.each(fileNames)('%s parses with the short-code schema', (fileName) => {
    const result = shortCodeFileSchema.safeParse(readRaw(fileName));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('are all imported by the catalog', () => {
    expect([...shortCodeFileNames].sort()).toEqual(fileNames);
  });

  it('cover at least 60 regions', () => {
    expect(new Set(allEntries.map((entry) => entry.region)).size).toBeGreaterThanOrEqual(60);
  });

  it.each(parsedFiles)('$fileName is named after its region', ({ fileName, region }) => {
    expect(fileName).toBe(`${region.toLowerCase()}.json`);
  });

  it('name real regions', () => {
    expect(
      parsedFiles.filter(({ region }) => regionNames.of(region) === undefined).map((f) => f.fileName),
    ).toEqual([]);
  });

  it('list a code once per region, or once per carrier for a hotline each carrier answers', () => {
    const seen = new Set<string>();
    const repeated = allEntries.map(keyOf).filter((key) => seen.has(key) || !seen.add(key));
    expect(repeated).toEqual([]);
  });

  it('list a code more than once in a region only as hotlines of different carriers', () => {
    const byCode = new Map<string, ShortCodeEntry[]>();
    for (const entry of allEntries) {
      const key = `${entry.region}:${entry.code}`;
      byCode.set(key, [...(byCode.get(key) ?? []), entry]);
    }
    const mixed = [...byCode]
      .filter(([, entries]) => entries.length > 1)
      .filter(([, entries]) => entries.some((e) => e.kind !== 'carrier-hotline' || e.carrierId === undefined))
      .map(([key]) => key);
    expect(mixed).toEqual([]);
  });

  it('name only carriers of the carrier data, of the same region', () => {
    const unknown = allEntries
      .filter((entry) => entry.carrierId !== undefined)
      .filter((entry) => carrierById(entry.carrierId ?? '')?.region !== entry.region)
      .map(keyOf);
    expect(unknown).toEqual([]);
  });

  it('give a carrier only to carrier hotlines and SMS short codes', () => {
    const odd = allEntries
      .filter((entry) => entry.carrierId !== undefined)
      .filter((entry) => entry.kind !== 'carrier-hotline' && entry.kind !== 'sms-short-code')
      .map(keyOf);
    expect(odd).toEqual([]);
  });

  it('keep two-digit codes for emergency services', () => {
    expect(allEntries.filter((e) => e.code.length === 2 && e.kind !== 'emergency').map(keyOf)).toEqual([]);
  });

  it('date every check no later than today', () => {
    expect(allEntries.filter((entry) => entry.checked > today).map(keyOf)).toEqual([]);
  });

  it('cite Android emergency-number data as vendor documentation, never as an official page', () => {
    const misfiled = allEntries
      .filter((entry) => new URL(entry.source).hostname === 'android.googlesource.com')
      .filter((entry) => entry.sourceKind !== 'vendor-docs')
      .map(keyOf);
    expect(misfiled).toEqual([]);
  });
});
