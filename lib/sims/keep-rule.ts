import * as z from 'zod/mini';
import rulesFile from './data/keep-rules.json';

/**
 * What keeps a prepaid number alive, as its source says: how long each top-up (or each use that
 * counts) keeps it valid, the smallest top-up that does, the grace days before the number is lost,
 * and the carrier note the rule is read from (its `source`). A carrier with no such note has no
 * rule; the reader's own entry stands in. Its test (tests/unit/sims/keep-rule) holds every rule
 * to a keep-number note of its carrier with the same source.
 */

const keepActivities = ['top-up', 'chargeable-use', 'any-use'] as const;
export type KeepActivity = (typeof keepActivities)[number];

const keepRuleSchema = z.strictObject({
  carrierId: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** From the last activity that counts to the last day the number is fully in service. */
  validity: z.union([
    z.strictObject({ days: z.int().check(z.gte(1)) }),
    z.strictObject({ months: z.int().check(z.gte(1)) }),
  ]),
  /** The smallest top-up that extends the validity, where the source names one. */
  minTopUp: z.optional(
    z.strictObject({ amount: z.number().check(z.gt(0)), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) }),
  ),
  /** Days after the validity ends before the number is lost. */
  graceDays: z.int().check(z.gte(0)),
  activity: z.enum(keepActivities),
  /** The source of the carrier's keep-number note this rule is read from. */
  source: z.url({ protocol: /^https$/ }),
});

export type KeepRule = z.infer<typeof keepRuleSchema>;

/** Parses the bundled rules; they are our own data, so a bad file is a build error. */
export function parseKeepRules(data: unknown): KeepRule[] {
  return z.array(keepRuleSchema).parse(data);
}

export const keepRules: readonly KeepRule[] = parseKeepRules(rulesFile);

export function keepRuleFor(carrierId: string, rules: readonly KeepRule[] = keepRules): KeepRule | null {
  return rules.find((rule) => rule.carrierId === carrierId) ?? null;
}
