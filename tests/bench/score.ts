/**
 * Pure scoring of predicted findings against labelled ones: exact spans, per case, grouped.
 */

export type FindingKind = 'phone' | 'carrier';

/** What a finder predicted; only the fields scoring needs. */
export interface Predicted {
  kind: FindingKind;
  start: number;
  end: number;
  e164?: string | null;
  shortCode?: string;
  id?: string;
}

/** What a label expects; same shape as `Expected` in tests/fixtures/text/labels.ts. */
export interface ExpectedSpan {
  kind: FindingKind;
  start: number;
  end: number;
  e164?: string | null;
  shortCode?: string;
  id?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Metrics extends Counts {
  /** null when nothing was predicted. */
  precision: number | null;
  /** null when nothing was expected. */
  recall: number | null;
  /** null when precision or recall is null. */
  f1: number | null;
}

export interface CaseScore extends Counts {
  falsePositives: Predicted[];
  falseNegatives: ExpectedSpan[];
}

/** A prediction matches a label when kind and span are equal and the number (or carrier id) agrees. */
export function matches(expected: ExpectedSpan, predicted: Predicted): boolean {
  if (expected.kind !== predicted.kind) return false;
  if (expected.start !== predicted.start || expected.end !== predicted.end) return false;
  if (expected.kind === 'phone') {
    if (expected.shortCode !== undefined) return predicted.shortCode === expected.shortCode;
    return (predicted.e164 ?? null) === (expected.e164 ?? null);
  }
  return predicted.id === expected.id;
}

/** Scores one text for one kind; every label can be matched by at most one prediction. */
export function scoreCase(
  expected: readonly ExpectedSpan[],
  predicted: readonly Predicted[],
  kind: FindingKind,
): CaseScore {
  const wanted = expected.filter((e) => e.kind === kind);
  const got = predicted.filter((p) => p.kind === kind);
  const used = new Array<boolean>(wanted.length).fill(false);
  const falsePositives: Predicted[] = [];
  let tp = 0;
  for (const p of got) {
    const i = wanted.findIndex((e, j) => !used[j] && matches(e, p));
    if (i === -1) {
      falsePositives.push(p);
    } else {
      used[i] = true;
      tp++;
    }
  }
  const falseNegatives = wanted.filter((_, j) => !used[j]);
  return { tp, fp: falsePositives.length, fn: falseNegatives.length, falsePositives, falseNegatives };
}

/** Full numbers and short service codes are scored apart: short codes are few, and their recall matters. */
export type PhoneClass = 'number' | 'short-code';

export function phoneClass(span: { shortCode?: string }): PhoneClass {
  return span.shortCode === undefined ? 'number' : 'short-code';
}

/** `scoreCase` on the phone labels and predictions of one class only. */
export function scorePhoneClass(
  expected: readonly ExpectedSpan[],
  predicted: readonly Predicted[],
  cls: PhoneClass,
): CaseScore {
  const ofClass = <T extends { kind: FindingKind; shortCode?: string }>(x: T) =>
    x.kind === 'phone' && phoneClass(x) === cls;
  return scoreCase(expected.filter(ofClass), predicted.filter(ofClass), 'phone');
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

export function metrics(c: Counts): Metrics {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  let f1: number | null = null;
  if (precision !== null && recall !== null) {
    f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return { ...c, precision, recall, f1 };
}

export interface ScoredCase {
  lang: string;
  /** Default region of the case's page; cases without one are left out of the region groups. */
  region?: string;
  tags: readonly string[];
  counts: Counts;
}

export interface GroupedMetrics {
  overall: Metrics;
  /** Number of cases in each group, keyed `lang:…`, `region:…` or `tag:…`. */
  cases: Map<string, number>;
  byLang: Map<string, Metrics>;
  byRegion: Map<string, Metrics>;
  byTag: Map<string, Metrics>;
}

export type Dimension = 'lang' | 'region' | 'tag';

export function groupsOf(g: GroupedMetrics, dimension: Dimension): Map<string, Metrics> {
  if (dimension === 'lang') return g.byLang;
  return dimension === 'region' ? g.byRegion : g.byTag;
}

function sortedMap<V>(m: Map<string, V>): Map<string, V> {
  return new Map([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Sums counts over all cases, per language, per region and per tag (a case counts once in each of its tags). */
export function groupScores(scored: readonly ScoredCase[]): GroupedMetrics {
  const total = emptyCounts();
  const langs = new Map<string, Counts>();
  const regions = new Map<string, Counts>();
  const tags = new Map<string, Counts>();
  const cases = new Map<string, number>();
  const bump = (m: Map<string, Counts>, key: string, c: Counts) => {
    addCounts(m.get(key) ?? m.set(key, emptyCounts()).get(key) ?? emptyCounts(), c);
  };
  for (const s of scored) {
    addCounts(total, s.counts);
    bump(langs, s.lang, s.counts);
    cases.set(`lang:${s.lang}`, (cases.get(`lang:${s.lang}`) ?? 0) + 1);
    if (s.region !== undefined) {
      bump(regions, s.region, s.counts);
      cases.set(`region:${s.region}`, (cases.get(`region:${s.region}`) ?? 0) + 1);
    }
    for (const t of new Set(s.tags)) {
      bump(tags, t, s.counts);
      cases.set(`tag:${t}`, (cases.get(`tag:${t}`) ?? 0) + 1);
    }
  }
  const toMetrics = (m: Map<string, Counts>) =>
    sortedMap(new Map([...m.entries()].map(([k, c]) => [k, metrics(c)] as const)));
  return {
    overall: metrics(total),
    cases,
    byLang: toMetrics(langs),
    byRegion: toMetrics(regions),
    byTag: toMetrics(tags),
  };
}

/** "0.912", or "—" when undefined. */
export function formatRatio(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

/** Plain text table with columns padded to the widest cell; numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const w = widths[i] ?? cell.length;
        return i === 0 ? cell.padEnd(w) : cell.padStart(w);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
