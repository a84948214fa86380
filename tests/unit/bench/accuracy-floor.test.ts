import { describe, expect, it } from 'vitest';
import { dialwiseCarriers, dialwisePhones, type EngineResult, runEngine } from '../../bench/accuracy';
import { labelledCases } from '../../fixtures/text/labels';

/**
 * The floor under the finders' accuracy on the project's own labelled snippets
 * (tests/fixtures/text), class by class: an accuracy regression fails `npm test` here, and
 * `npm run bench:accuracy` prints the whole table. The set is the project's own, written before the
 * engine ran on it and grown since; these floors still say nothing about text it has never seen.
 */
const cases = labelledCases();

function slice(result: EngineResult, name: string) {
  const found = result.slices.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no ${name} in the accuracy result`);
  return found.grouped.overall;
}

describe('accuracy on the labelled snippets', () => {
  it('finds full numbers with precision ≥ 0.99 and F1 ≥ 0.98', async () => {
    const numbers = slice(await runEngine(dialwisePhones, cases), 'full numbers');
    expect(numbers.precision).toBeGreaterThanOrEqual(0.99);
    expect(numbers.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('finds short service codes with precision ≥ 0.98 and recall ≥ 0.95', async () => {
    const codes = slice(await runEngine(dialwisePhones, cases), 'short codes');
    expect(codes.precision).toBeGreaterThanOrEqual(0.98);
    expect(codes.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds carriers with precision ≥ 0.98 and F1 ≥ 0.95', async () => {
    const carriers = slice(await runEngine(dialwiseCarriers, cases), 'carriers');
    expect(carriers.precision).toBeGreaterThanOrEqual(0.98);
    expect(carriers.f1).toBeGreaterThanOrEqual(0.95);
  });
});
