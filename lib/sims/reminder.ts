import type { Translator } from '../i18n';
import { isDue, type KeepStatus } from './keep-watch';
import type { SimStatus } from './sim-status';

/** What a keep-number reminder says: which SIM, how many days, the last valid day. */
export interface Reminder {
  /** One per SIM, so a day's reminder replaces the day before's. */
  id: string;
  title: string;
  message: string;
}

/** What a reminder says of the days: before the last valid day, on it, or in the grace days after. */
function reminderBody(keep: KeepStatus, i18n: Translator): string {
  if (keep.daysLeft > 0)
    return i18n.t('notificationKeepBody', String(keep.daysLeft), i18n.date(keep.validUntil));
  if (keep.daysLeft === 0) return i18n.t('keepLastDay');
  return i18n.t('keepInGrace', String(keep.daysToLoss));
}

/**
 * The reminders due today: one for each SIM within two weeks of its last valid day or in its grace
 * days. Once the number is past its grace days it is lost, and reminding daily would not bring it back.
 */
export function remindersFor(statuses: readonly SimStatus[], i18n: Translator): Reminder[] {
  return statuses.flatMap(({ sim, keep, carrier, number }) => {
    if (!keep || !isDue(keep) || keep.daysToLoss < 0) return [];
    const name = sim.label || (carrier ? i18n.localized(carrier.names) : (sim.otherName ?? number ?? ''));
    return [
      {
        id: `dialwise-keep-${sim.id}`,
        title: i18n.t('notificationKeepTitle', name),
        message: reminderBody(keep, i18n),
      },
    ];
  });
}

/** The badge's mark: a SIM is within two weeks of its last valid day, or past it. */
export const keepMark = '!';

export function anyDue(statuses: readonly SimStatus[]): boolean {
  return statuses.some((status) => isDue(status.keep));
}
