// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { breakdownTable, MIN_CASES_PER_GROUP, type Slice } from '../../bench/accuracy';
import { type CaseScore, groupScores } from '../../bench/score';

const score = (tp: number, fp: number, fn: number): CaseScore => ({
  tp,
  fp,
  fn,
  falsePositives: [],
  falseNegatives: [],
});

function slice(rows: Array<{ region: string; tags: string[]; s: CaseScore }>): Slice {
  const scores = rows.map((r) => r.s);
  const grouped = groupScores(rows.map((r) => ({ lang: 'en', region: r.region, tags: r.tags, counts: r.s })));
  return { name: 'full numbers', scores, grouped };
}

describe('breakdownTable', () => {
  const many = (region: string, tags: string[], s: CaseScore) =>
    Array.from({ length: MIN_CASES_PER_GROUP }, () => ({ region, tags, s }));

  it('shows groups with enough cases, sorted by name, and says how many it left out', () => {
    const s = slice([
      ...many('US', ['mobile'], score(1, 0, 0)),
      ...many('BR', ['fixed'], score(0, 1, 1)),
      { region: 'JP', tags: ['mobile'], s: score(1, 0, 0) },
    ]);
    const lines = breakdownTable(s, 'region').split('\n');
    expect(lines[0]).toContain('1 others not shown');
    expect(lines.slice(3).map((l) => l.split(/\s+/)[0])).toEqual(['BR', 'US']);
    expect(lines[3]).toMatch(/^BR\s+5\s+5\s+0\s+5\s+5\s+0\.000\s+0\.000\s+0\.000$/);
  });

  it('leaves out groups with nothing to score, such as a short-code slice on pages without any', () => {
    const s = slice(many('DE', ['trap:date'], score(0, 0, 0)));
    const lines = breakdownTable(s, 'tag').split('\n');
    expect(lines[0]).toContain('1 others not shown');
    expect(lines).toHaveLength(3);
  });

  it('keeps a group of negatives only, where every finding is a false one', () => {
    const s = slice(many('CN', ['trap:id'], score(0, 1, 0)));
    expect(breakdownTable(s, 'tag')).toMatch(/trap:id\s+5\s+0\s+0\s+5\s+0\s+0\.000\s+—\s+—/);
  });
});
