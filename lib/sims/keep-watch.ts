import { addDays, addMonths, daysBetween } from '../days';
import type { KeepRule } from './keep-rule';
import type { Sim } from './sim';

/** A SIM within this many days of its last valid day is flagged on the badge and reminded of. */
export const warnWithinDays = 14;

/** How long a SIM's number stays alive, counted from its last top-up or use. */
export interface KeepStatus {
  /** `rule`: the carrier's sourced rule; `own`: the reader's own "keeps N days". */
  basis: 'rule' | 'own';
  /** The last day the number is in full service. */
  validUntil: string;
  /** The last day before the number is lost (validUntil plus the grace days). */
  lostAfter: string;
  /** Days from today to validUntil: 0 on the day itself, negative once it has passed. */
  daysLeft: number;
  /** Days from today to lostAfter. */
  daysToLoss: number;
}

/** Postpaid lines are kept by their bill, not by top-ups. */
const watchedKinds: ReadonlySet<Sim['kind']> = new Set(['prepaid', 'virtual', 'data-esim']);

/**
 * The keep-number status of a SIM on `today`: by its carrier's sourced rule when there is one, else
 * by the reader's own entry; null when neither applies or the SIM has no last top-up or use.
 */
export function keepStatus(sim: Sim, rule: KeepRule | null, today: string): KeepStatus | null {
  if (!watchedKinds.has(sim.kind) || sim.lastActive === null) return null;
  const from = sim.lastActive;
  let validUntil: string;
  let graceDays = 0;
  if (rule) {
    validUntil =
      'days' in rule.validity ? addDays(from, rule.validity.days) : addMonths(from, rule.validity.months);
    graceDays = rule.graceDays;
  } else if (sim.keepDays !== null) {
    validUntil = addDays(from, sim.keepDays);
  } else return null;
  const lostAfter = addDays(validUntil, graceDays);
  return {
    basis: rule ? 'rule' : 'own',
    validUntil,
    lostAfter,
    daysLeft: daysBetween(today, validUntil),
    daysToLoss: daysBetween(today, lostAfter),
  };
}

/** Whether the status is close enough to its last valid day to flag (or already past it). */
export function isDue(status: KeepStatus | null): boolean {
  return status !== null && status.daysLeft <= warnWithinDays;
}
