import type { Translator } from '../lib/i18n';
import type { KeepActivity, KeepRule } from '../lib/sims/keep-rule';
import type { KeepStatus } from '../lib/sims/keep-watch';

const activityKeys = {
  'top-up': 'keepActivityTopUp',
  'chargeable-use': 'keepActivityChargeable',
  'any-use': 'keepActivityAnyUse',
} as const satisfies Record<KeepActivity, string>;

/** "180 days after each top-up of at least HK$100, then 30 days' grace before the number is lost". */
export function keepRuleText(rule: KeepRule, i18n: Translator): string {
  const activity = i18n.t(activityKeys[rule.activity]);
  const span =
    'days' in rule.validity
      ? i18n.t('keepRuleDays', String(rule.validity.days), activity)
      : i18n.t('keepRuleMonths', String(rule.validity.months), activity);
  const parts = [span];
  if (rule.minTopUp) {
    const amount = new Intl.NumberFormat(i18n.language, {
      style: 'currency',
      currency: rule.minTopUp.currency,
      maximumFractionDigits: 0,
    }).format(rule.minTopUp.amount);
    parts.push(i18n.t('keepRuleMinTopUp', amount));
  }
  const text = parts.join(' ');
  return rule.graceDays > 0 ? `${text}, ${i18n.t('keepRuleGrace', String(rule.graceDays))}` : text;
}

/** "22 days left", "last valid day today", "in grace: 9 days until the number is lost", "the number may be lost". */
export function daysLeftText(status: KeepStatus, i18n: Translator): string {
  if (status.daysLeft > 0) return i18n.t('keepDaysLeft', String(status.daysLeft));
  if (status.daysLeft === 0) return i18n.t('keepLastDay');
  if (status.daysToLoss >= 0) return i18n.t('keepInGrace', String(status.daysToLoss));
  return i18n.t('keepLost');
}
