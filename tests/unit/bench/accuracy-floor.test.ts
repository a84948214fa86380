import { describe, expect, it } from 'vitest';
import { dialwiseCarriers, dialwisePhones, runEngine } from '../../bench/accuracy';
import { labelledCases } from '../../fixtures/text/labels';

/**
 * The floor under the finders' accuracy on the project's own labelled snippets
 * (tests/fixtures/text): an accuracy regression fails `npm test` here, and
 * `npm run bench:accuracy` prints the whole table. The set is the project's own, so these floors
 * say nothing about text it has never seen.
 */
const cases = labelledCases();

describe('accuracy on the labelled snippets', () => {
  it('finds phone numbers with precision ≥ 0.99 and recall ≥ 0.98', async () => {
    const { overall } = (await runEngine(dialwisePhones, cases)).grouped;
    expect(overall.precision).toBeGreaterThanOrEqual(0.99);
    expect(overall.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('finds carriers with F1 ≥ 0.98', async () => {
    const { overall } = (await runEngine(dialwiseCarriers, cases)).grouped;
    expect(overall.f1).toBeGreaterThanOrEqual(0.98);
  });
});
