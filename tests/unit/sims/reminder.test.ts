import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import type { KeepStatus } from '@/lib/sims/keep-watch';
import { anyDue, remindersFor } from '@/lib/sims/reminder';
import type { SimStatus } from '@/lib/sims/sim-status';

const keep = (daysLeft: number): KeepStatus => ({
  basis: 'own',
  validUntil: '2026-12-20',
  lostAfter: '2026-12-20',
  daysLeft,
  daysToLoss: daysLeft,
});

const status = (id: string, label: string, kept: KeepStatus | null): SimStatus => ({
  sim: {
    id,
    carrierId: 'cmhk',
    number: '+85251234567',
    label,
    kind: 'prepaid',
    lastActive: '2026-06-23',
    keepDays: 180,
  },
  carrier: {
    id: 'cmhk',
    names: { en: 'China Mobile Hong Kong', zhHans: '中国移动香港', zhHant: '中國移動香港' },
  },
  number: '+852 5123 4567',
  keep: kept,
  keepNote: null,
});

describe('remindersFor', () => {
  it('reminds of each SIM within two weeks, named by its label or else its carrier', () => {
    const statuses = [
      status('a', 'Bank codes', keep(14)),
      status('b', '', keep(3)),
      status('c', 'Far off', keep(15)),
    ];
    expect(remindersFor(statuses, createTranslator('en'))).toEqual([
      {
        id: 'dialwise-keep-a',
        title: 'Keep your number: Bank codes',
        message: '14 days until its last valid day (Dec 20, 2026).',
      },
      {
        id: 'dialwise-keep-b',
        title: 'Keep your number: China Mobile Hong Kong',
        message: '3 days until its last valid day (Dec 20, 2026).',
      },
    ]);
  });

  it('speaks the reader language', () => {
    const [reminder] = remindersFor([status('b', '', keep(3))], createTranslator('zh-Hant'));
    expect(reminder?.title).toBe('保號提醒：中國移動香港');
  });

  it('says the last day, then the grace days left, and stops once the number is lost', () => {
    const graced = (daysLeft: number, daysToLoss: number): KeepStatus => ({ ...keep(daysLeft), daysToLoss });
    const messages = [graced(0, 30), graced(-3, 27), graced(-31, -1)].map(
      (kept) => remindersFor([status('a', 'x', kept)], createTranslator('en'))[0]?.message,
    );
    const i18n = createTranslator('en');
    expect(messages).toEqual([i18n.t('keepLastDay'), i18n.t('keepInGrace', '27'), undefined]);
    expect(messages[1]).not.toMatch(/-\d/);
  });

  it('says nothing of SIMs with no status', () => {
    expect(remindersFor([status('a', 'x', null)], createTranslator('en'))).toEqual([]);
  });
});

describe('anyDue', () => {
  it.each([
    [[keep(30), null], false],
    [[keep(30), keep(14)], true],
    [[keep(-2)], true],
    [[], false],
  ])('for %j: %s', (kept, due) => {
    expect(anyDue(kept.map((k, index) => status(String(index), '', k)))).toBe(due);
  });
});
