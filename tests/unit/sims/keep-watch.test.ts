import { describe, expect, it } from 'vitest';
import { dayIn } from '@/lib/days';
import type { KeepRule } from '@/lib/sims/keep-rule';
import { isDue, keepStatus } from '@/lib/sims/keep-watch';
import type { Sim } from '@/lib/sims/sim';

const sim = (more: Partial<Sim> = {}): Sim => ({
  id: 'sim-1',
  carrierId: 'three-hk',
  number: '+85251234567',
  label: 'HK bank codes',
  kind: 'prepaid',
  lastActive: '2026-07-01',
  keepDays: null,
  ...more,
});

const rule = (more: Partial<KeepRule> = {}): KeepRule => ({
  carrierId: 'three-hk',
  validity: { days: 180 },
  graceDays: 0,
  activity: 'top-up',
  source: 'https://www.example.hk/',
  ...more,
});

describe('keepStatus', () => {
  it('counts a sourced rule from the last top-up', () => {
    expect(keepStatus(sim(), rule(), '2026-12-06')).toEqual({
      basis: 'rule',
      validUntil: '2026-12-28',
      lostAfter: '2026-12-28',
      daysLeft: 22,
      daysToLoss: 22,
    });
  });

  it('adds the grace days after the validity', () => {
    const status = keepStatus(sim(), rule({ validity: { days: 180 }, graceDays: 30 }), '2026-12-06');
    expect(status).toMatchObject({ validUntil: '2026-12-28', lostAfter: '2027-01-27', daysToLoss: 52 });
  });

  it('counts a rule in months by the calendar', () => {
    const status = keepStatus(
      sim({ lastActive: '2026-08-31' }),
      rule({ validity: { months: 6 } }),
      '2027-02-14',
    );
    expect(status).toMatchObject({ validUntil: '2027-02-28', daysLeft: 14 });
  });

  it("falls back to the reader's own entry when no source has a rule", () => {
    expect(keepStatus(sim({ keepDays: 120 }), null, '2026-10-20')).toMatchObject({
      basis: 'own',
      validUntil: '2026-10-29',
      daysLeft: 9,
    });
  });

  it('prefers the sourced rule to the reader entry', () => {
    expect(keepStatus(sim({ keepDays: 30 }), rule(), '2026-12-06')?.basis).toBe('rule');
  });

  it.each([
    ['a postpaid line', sim({ kind: 'postpaid' }), rule()],
    ['a SIM with no last top-up', sim({ lastActive: null }), rule()],
    ['a SIM with neither a rule nor an entry', sim(), null],
  ])('has no status for %s', (_name, held, found) => {
    expect(keepStatus(held, found, '2026-12-06')).toBeNull();
  });

  it('goes negative once the last valid day has passed, while the grace days still run', () => {
    const status = keepStatus(sim(), rule({ graceDays: 30 }), '2027-01-02');
    expect(status).toMatchObject({ daysLeft: -5, daysToLoss: 25 });
  });

  it('counts from the day where the reader is, with a fixed clock', () => {
    // 2026-12-13 18:00 UTC: still the 13th in New York, already the 14th in Hong Kong.
    const now = new Date('2026-12-13T18:00:00Z');
    const inNewYork = keepStatus(sim(), rule(), dayIn(now, 'America/New_York'));
    const inHongKong = keepStatus(sim(), rule(), dayIn(now, 'Asia/Hong_Kong'));
    expect(inNewYork?.daysLeft).toBe(15);
    expect(inHongKong?.daysLeft).toBe(14);
    expect(isDue(inNewYork ?? null)).toBe(false);
    expect(isDue(inHongKong ?? null)).toBe(true);
  });
});

describe('isDue', () => {
  it.each([
    [15, false],
    [14, true],
    [0, true],
    [-3, true],
  ])('flags %i days left: %s', (daysLeft, due) => {
    expect(
      isDue({
        basis: 'own',
        validUntil: '2026-12-20',
        lostAfter: '2026-12-20',
        daysLeft,
        daysToLoss: daysLeft,
      }),
    ).toBe(due);
  });

  it('does not flag a SIM with no status', () => {
    expect(isDue(null)).toBe(false);
  });
});
