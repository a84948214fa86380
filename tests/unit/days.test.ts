import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayIn, daysBetween } from '@/lib/days';

describe('addDays', () => {
  it.each([
    ['2026-01-01', 180, '2026-06-30'],
    ['2026-12-20', 30, '2027-01-19'],
    ['2028-02-28', 1, '2028-02-29'],
    // Europe's clocks go forward on 2026-03-29: a day is still a day.
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days is %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-10-05', 3, '2027-01-05'],
  ])('%s + %i months is %s (clamped to the month)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-12-06', '2026-12-20', 14],
    ['2026-12-06', '2026-12-06', 0],
    ['2026-12-06', '2026-11-30', -6],
    ['2026-10-20', '2026-10-30', 10],
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('dayIn', () => {
  // 2026-12-06 20:30 UTC is already the 7th in Hong Kong, still the 6th in New York.
  const now = new Date('2026-12-06T20:30:00Z');
  it.each([
    ['UTC', '2026-12-06'],
    ['Asia/Hong_Kong', '2026-12-07'],
    ['Asia/Shanghai', '2026-12-07'],
    ['America/New_York', '2026-12-06'],
    ['Pacific/Honolulu', '2026-12-06'],
  ])('gives the day in %s', (timeZone, expected) => {
    expect(dayIn(now, timeZone)).toBe(expected);
  });
});
