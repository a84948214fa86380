/**
 * Accuracy of the finders on the labelled text cases (tests/fixtures/text).
 *
 *   npx tsx tests/bench/accuracy.ts [--errors ENGINE] [--kind phone|carrier]
 *
 * Phones: Dialwise findPhones next to bare libphonenumber-js (default and max metadata).
 * Carriers: Dialwise findCarriers, as the background runs it: with the page's language and the
 * numbers found in the same text. A product only claimed for a carrier names no carrier.
 */
import { findPhoneNumbersInText as findWithDefault, isSupportedCountry } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js/max';
import { findPhoneNumbersInText as findWithMax } from 'libphonenumber-js/max';
import { findingsInText } from '../../lib/finders';
import { findPhones } from '../../lib/phone/phone-finder';
import { type LabelledCase, labelledCases } from '../fixtures/text/labels';
import {
  type CaseScore,
  type FindingKind,
  formatRatio,
  formatTable,
  type GroupedMetrics,
  groupScores,
  type Metrics,
  type Predicted,
  scoreCase,
} from './score';

export interface Engine {
  name: string;
  kind: FindingKind;
  find(text: string, region: string, lang: string): Predicted[] | Promise<Predicted[]>;
}

export interface EngineResult {
  engine: Engine;
  perCase: Array<{ case: LabelledCase; score: CaseScore }>;
  grouped: GroupedMetrics;
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
export async function runEngine(engine: Engine, cases: readonly LabelledCase[]): Promise<EngineResult> {
  const perCase: EngineResult['perCase'] = [];
  const t0 = performance.now();
  for (const c of cases) {
    const predicted = await engine.find(c.text, c.region, c.lang);
    perCase.push({ case: c, score: scoreCase(c.expected, predicted, engine.kind) });
  }
  const ms = performance.now() - t0;
  const grouped = groupScores(
    perCase.map(({ case: c, score }) => ({ lang: c.lang, tags: c.tags, counts: score })),
  );
  return { engine, perCase, grouped, ms };
}

const HIDDEN_TAG_PREFIXES = ['context-region'];

/** One table: a row per group, P/R/F1 for each engine side by side. */
export function comparisonTable(results: readonly EngineResult[], title: string): string {
  const available = results;
  const lines: string[] = [`== ${title}`];
  const first = available[0]?.grouped;
  if (!first) return lines.join('\n');
  const header = ['group', 'cases', ...available.flatMap((r) => [`${r.engine.name} P`, 'R', 'F1', 'fp'])];
  const cells = (m: Metrics | undefined) => [
    formatRatio(m?.precision ?? null),
    formatRatio(m?.recall ?? null),
    formatRatio(m?.f1 ?? null),
    String(m?.fp ?? 0),
  ];
  const rows: string[][] = [];
  const total = first.cases;
  const caseCount = available[0]?.perCase.length ?? 0;
  rows.push(['overall', String(caseCount), ...available.flatMap((r) => cells(r.grouped.overall))]);
  for (const lang of first.byLang.keys()) {
    rows.push([
      `lang ${lang}`,
      String(total.get(`lang:${lang}`) ?? 0),
      ...available.flatMap((r) => cells(r.grouped.byLang.get(lang))),
    ]);
  }
  for (const tag of first.byTag.keys()) {
    if (HIDDEN_TAG_PREFIXES.some((p) => tag.startsWith(p))) continue;
    rows.push([
      `tag ${tag}`,
      String(total.get(`tag:${tag}`) ?? 0),
      ...available.flatMap((r) => cells(r.grouped.byTag.get(tag))),
    ]);
  }
  lines.push(formatTable(header, rows));
  const countRows = available.map((r) => {
    const o = r.grouped.overall;
    return [
      r.engine.name,
      String(o?.tp ?? 0),
      String(o?.fp ?? 0),
      String(o?.fn ?? 0),
      formatRatio(o?.f1 ?? null),
      r.ms.toFixed(1),
    ];
  });
  lines.push('', formatTable(['engine', 'tp', 'fp', 'fn', 'F1', 'ms'], countRows));
  return lines.join('\n');
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

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const onlyKind = argValue(argv, '--kind');
  const errorsOf = argValue(argv, '--errors');
  const cases = labelledCases();
  const phoneLabels = cases.reduce((n, c) => n + c.phones.length, 0);
  const carrierLabels = cases.reduce((n, c) => n + c.carriers.length, 0);
  console.log(`${cases.length} labelled cases, ${phoneLabels} phone labels, ${carrierLabels} carrier labels`);
  console.log('exact-span matching; phones must also agree on e164 or shortCode, carriers on id\n');
  const results: EngineResult[] = [];
  for (const engine of engines) {
    if (onlyKind && engine.kind !== onlyKind) continue;
    results.push(await runEngine(engine, cases));
  }
  for (const kind of ['phone', 'carrier'] as const) {
    const ofKind = results.filter((r) => r.engine.kind === kind);
    if (ofKind.length === 0) continue;
    console.log(comparisonTable(ofKind, kind === 'phone' ? 'phone numbers' : 'carriers'));
    console.log('');
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
