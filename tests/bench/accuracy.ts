/**
 * Accuracy of the finders on the labelled text cases (tests/fixtures/text).
 *
 *   npx tsx tests/bench/accuracy.ts [--errors ENGINE] [--kind phone|carrier] [--by lang]
 *
 * Totals per engine: phones, with full numbers and short codes also scored apart, next to bare
 * libphonenumber-js (default and max metadata); carriers from Dialwise findCarriers, as the background
 * runs it: with the page's language and the numbers found in the same text (a product only claimed
 * for a carrier names no carrier). Then Dialwise's
 * full numbers, short codes and carriers each broken down by kind (the cases' tags) and by the
 * page's region (and by language with `--by lang`).
 */
import { findPhoneNumbersInText as findWithDefault, isSupportedCountry } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhoneNumbersInText as findWithMax } from 'libphonenumber-js/max';
import { findingsInText } from '../../lib/finders';
import { findPhones } from '../../lib/phone/phone-finder';
import { type LabelledCase, labelledCases } from '../fixtures/text/labels';
import {
  type CaseScore,
  type Dimension,
  type FindingKind,
  formatRatio,
  formatTable,
  type GroupedMetrics,
  groupScores,
  groupsOf,
  type Predicted,
  scoreCase,
  scorePhoneClass,
} from './score';

export interface Engine {
  name: string;
  kind: FindingKind;
  find(text: string, region: string, lang: string): Predicted[] | Promise<Predicted[]>;
}

/** One class of findings scored on its own: all phones, full numbers, short codes or carriers. */
export interface Slice {
  name: string;
  /** Per case, in the order of the cases. */
  scores: CaseScore[];
  grouped: GroupedMetrics;
}

export interface EngineResult {
  engine: Engine;
  perCase: Array<{ case: LabelledCase; score: CaseScore }>;
  grouped: GroupedMetrics;
  /** Phones: 'phones', 'full numbers', 'short codes'. Carriers: 'carriers'. */
  slices: Slice[];
  ms: number;
}

function countryOrUndefined(region: string): CountryCode | undefined {
  return isSupportedCountry(region) ? region : undefined;
}

interface LibFound {
  number: { number: string };
  startsAt: number;
  endsAt: number;
}

function fromLib(found: readonly LibFound[]): Predicted[] {
  return found.map((f) => ({ kind: 'phone', start: f.startsAt, end: f.endsAt, e164: f.number.number }));
}

export const libphonenumberDefault: Engine = {
  name: 'lpn-default',
  kind: 'phone',
  find: (text, region) => fromLib(findWithDefault(text, { defaultCountry: countryOrUndefined(region) })),
};

export const libphonenumberMax: Engine = {
  name: 'lpn-max',
  kind: 'phone',
  find: (text, region) => fromLib(findWithMax(text, { defaultCountry: countryOrUndefined(region) })),
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** Reads the fields scoring needs from whatever a finder returned. */
function toPredicted(kind: FindingKind, raw: unknown): Predicted[] {
  if (!Array.isArray(raw)) throw new Error(`expected an array of findings, got ${typeof raw}`);
  return raw.filter(isRecord).map((f) => {
    const p: Predicted = { kind, start: Number(f.start), end: Number(f.end) };
    if (typeof f.e164 === 'string' || f.e164 === null) p.e164 = f.e164;
    if (typeof f.shortCode === 'string') p.shortCode = f.shortCode;
    if (typeof f.id === 'string') p.id = f.id;
    return p;
  });
}

/** Dialwise's own finders, as the background runs them. */
export const dialwisePhones: Engine = {
  name: 'dialwise',
  kind: 'phone',
  find: (text, region) => toPredicted('phone', findPhones(text, { defaultRegion: region as CountryCode })),
};

export const dialwiseCarriers: Engine = {
  name: 'dialwise',
  kind: 'carrier',
  find: (text, region, lang) =>
    toPredicted(
      'carrier',
      findingsInText(text, region as CountryCode, { lang }).filter(
        (finding) => finding.kind === 'carrier' && finding.product !== 'unconfirmed',
      ),
    ),
};

export const engines: readonly Engine[] = [
  dialwisePhones,
  libphonenumberDefault,
  libphonenumberMax,
  dialwiseCarriers,
];
function group(cases: readonly LabelledCase[], scores: readonly CaseScore[]): GroupedMetrics {
  return groupScores(
    cases.map((c, i) => ({
      lang: c.lang,
      region: c.region,
      tags: c.tags,
      counts: scores[i] ?? { tp: 0, fp: 0, fn: 0 },
    })),
  );
}

export async function runEngine(engine: Engine, cases: readonly LabelledCase[]): Promise<EngineResult> {
  const predictions: Predicted[][] = [];
  const t0 = performance.now();
  for (const c of cases) predictions.push(await engine.find(c.text, c.region, c.lang));
  const ms = performance.now() - t0;
  const scoreAll = (score: (c: LabelledCase, p: Predicted[]) => CaseScore) =>
    cases.map((c, i) => score(c, predictions[i] ?? []));
  const all = scoreAll((c, p) => scoreCase(c.expected, p, engine.kind));
  const slices: Slice[] = [];
  if (engine.kind === 'phone') {
    slices.push({ name: 'phones', scores: all, grouped: group(cases, all) });
    for (const [name, cls] of [
      ['full numbers', 'number'],
      ['short codes', 'short-code'],
    ] as const) {
      const scores = scoreAll((c, p) => scorePhoneClass(c.expected, p, cls));
      slices.push({ name, scores, grouped: group(cases, scores) });
    }
  } else {
    slices.push({ name: 'carriers', scores: all, grouped: group(cases, all) });
  }
  const perCase = cases.map((c, i) => ({ case: c, score: all[i] ?? scoreCase([], [], engine.kind) }));
  return { engine, perCase, grouped: group(cases, all), slices, ms };
}

const HIDDEN_TAG_PREFIXES = ['context-region'];

/** Totals: a row per engine and slice. */
export function totalsTable(results: readonly EngineResult[]): string {
  const rows = results.flatMap((r) =>
    r.slices.map((slice) => {
      const o = slice.grouped.overall;
      return [
        r.engine.name,
        slice.name,
        String(o.tp + o.fn),
        String(o.tp),
        String(o.fp),
        String(o.fn),
        formatRatio(o.precision),
        formatRatio(o.recall),
        formatRatio(o.f1),
        r.ms.toFixed(1),
      ];
    }),
  );
  return formatTable(['engine', 'findings', 'labels', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'ms'], rows);
}

/** Groups shown in a breakdown: enough cases to mean something, and a label or a finding to score. */
export const MIN_CASES_PER_GROUP = 5;

const DIMENSION_TITLE: Record<Dimension, string> = {
  tag: 'kind (tag)',
  region: 'region (page default)',
  lang: 'language',
};

/**
 * One slice broken down by tag, region or language, groups sorted by name. Groups of fewer than
 * MIN_CASES_PER_GROUP cases, and groups with nothing to score, are counted but not shown.
 * `reference` adds another engine's F1 on the same groups.
 */
export function breakdownTable(
  slice: Slice,
  dimension: Dimension,
  reference?: { name: string; slice: Slice },
): string {
  const rows: string[][] = [];
  let hidden = 0;
  for (const [key, m] of groupsOf(slice.grouped, dimension)) {
    if (dimension === 'tag' && HIDDEN_TAG_PREFIXES.some((p) => key.startsWith(p))) continue;
    const cases = slice.grouped.cases.get(`${dimension}:${key}`) ?? 0;
    if (cases < MIN_CASES_PER_GROUP || m.tp + m.fp + m.fn === 0) {
      hidden++;
      continue;
    }
    const row = [
      key,
      String(cases),
      String(m.tp + m.fn),
      String(m.tp),
      String(m.fp),
      String(m.fn),
      formatRatio(m.precision),
      formatRatio(m.recall),
      formatRatio(m.f1),
    ];
    if (reference) row.push(formatRatio(groupsOf(reference.slice.grouped, dimension).get(key)?.f1 ?? null));
    rows.push(row);
  }
  const header = [dimension, 'cases', 'labels', 'tp', 'fp', 'fn', 'P', 'R', 'F1'];
  if (reference) header.push(`${reference.name} F1`);
  const title = `== ${slice.name} by ${DIMENSION_TITLE[dimension]}: groups of ≥ ${MIN_CASES_PER_GROUP} cases with something to score; ${hidden} others not shown`;
  return [title, formatTable(header, rows)].join('\n');
}

/** Every false positive and false negative of one engine, for reading. */
export function errorReport(result: EngineResult): string {
  const lines: string[] = [`== errors of ${result.engine.name} (${result.engine.kind})`];
  for (const { case: c, score } of result.perCase) {
    if (score.fp === 0 && score.fn === 0) continue;
    lines.push(`${c.id} [${c.region}] ${JSON.stringify(c.text)}`);
    for (const p of score.falsePositives) {
      const what = p.kind === 'phone' ? (p.shortCode ?? p.e164 ?? '') : (p.id ?? '');
      lines.push(`  + ${JSON.stringify(c.text.slice(p.start, p.end))} @${p.start}-${p.end} ${what}`);
    }
    for (const e of score.falseNegatives) {
      const what = e.kind === 'phone' ? (e.shortCode ?? e.e164 ?? '') : (e.id ?? '');
      lines.push(`  - ${JSON.stringify(c.text.slice(e.start, e.end))} @${e.start}-${e.end} ${what}`);
    }
  }
  return lines.join('\n');
}

function argValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i === -1 ? undefined : argv[i + 1];
}

function sliceOf(results: readonly EngineResult[], engine: Engine, name: string): Slice | undefined {
  return results.find((r) => r.engine === engine)?.slices.find((x) => x.name === name);
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const onlyKind = argValue(argv, '--kind');
  const errorsOf = argValue(argv, '--errors');
  const byLang = argValue(argv, '--by') === 'lang';
  const cases = labelledCases();
  const phoneLabels = cases.reduce((n, c) => n + c.phones.length, 0);
  const shortCodeLabels = cases.reduce(
    (n, c) => n + c.phones.filter((p) => p.shortCode !== undefined).length,
    0,
  );
  const carrierLabels = cases.reduce((n, c) => n + c.carriers.length, 0);
  const langs = new Set(cases.map((c) => c.lang.split('-')[0])).size;
  const regions = new Set(cases.map((c) => c.region)).size;
  console.log(
    `${cases.length} labelled cases in ${langs} languages and ${regions} regions; ` +
      `${phoneLabels} phone labels (${shortCodeLabels} short codes), ${carrierLabels} carrier labels`,
  );
  console.log('exact-span matching; phones must also agree on e164 or shortCode, carriers on id\n');
  const results: EngineResult[] = [];
  for (const engine of engines) {
    if (onlyKind && engine.kind !== onlyKind) continue;
    results.push(await runEngine(engine, cases));
  }
  console.log('== totals');
  console.log(`${totalsTable(results)}\n`);
  const dimensions: Dimension[] = byLang ? ['tag', 'region', 'lang'] : ['tag', 'region'];
  const numbersOfLpn = sliceOf(results, libphonenumberMax, 'full numbers');
  const breakdowns: Array<[Slice | undefined, { name: string; slice: Slice } | undefined]> = [
    [
      sliceOf(results, dialwisePhones, 'full numbers'),
      numbersOfLpn ? { name: libphonenumberMax.name, slice: numbersOfLpn } : undefined,
    ],
    [sliceOf(results, dialwisePhones, 'short codes'), undefined],
    [sliceOf(results, dialwiseCarriers, 'carriers'), undefined],
  ];
  for (const [slice, reference] of breakdowns) {
    if (!slice) continue;
    for (const dimension of dimensions) console.log(`${breakdownTable(slice, dimension, reference)}\n`);
  }
  if (errorsOf) {
    for (const r of results.filter((x) => x.engine.name === errorsOf)) console.log(`${errorReport(r)}\n`);
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
