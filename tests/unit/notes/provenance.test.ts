import { describe, expect, it } from 'vitest';
import type { Note } from '@/lib/carriers/schema';
import { answersTo, isCurrent, localToday, provenanceOf } from '@/lib/notes/provenance';

const today = '2026-12-05';

const note = (more: Partial<Note>): Note => ({
  topic: 'sms',
  text: { en: 'x', zhHans: 'x', zhHant: 'x' },
  source: 'https://www.example.hk/',
  sourceKind: 'carrier',
  ...more,
});

describe('isCurrent', () => {
  it.each([
    ['a note without an end date', undefined, true],
    ['an offer ending today', '2026-12-05', true],
    ['an offer that ended yesterday', '2026-12-04', false],
    ['an offer that ended in 2023', '2023-10-31', false],
  ])('says %s is shown', (_name, validUntil, shown) => {
    expect(isCurrent(note(validUntil ? { validUntil } : {}), today)).toBe(shown);
  });
});

describe('provenanceOf', () => {
  it.each([
    [
      'an undated carrier page',
      { sourceKind: 'carrier' },
      { kind: 'carrier', year: null, possiblyOutOfDate: false },
    ],
    [
      'a guide from 2018',
      { sourceKind: 'third-party', sourceDate: '2018' },
      { kind: 'third-party', year: '2018', possiblyOutOfDate: true },
    ],
    [
      'a page of December 2023, not yet three years old',
      { sourceDate: '2023-12' },
      { kind: 'carrier', year: '2023', possiblyOutOfDate: false },
    ],
    [
      'a page of 2023-12-04, three years and a day old',
      { sourceDate: '2023-12-04' },
      { kind: 'carrier', year: '2023', possiblyOutOfDate: true },
    ],
    [
      'a regulator page of 2024',
      { sourceKind: 'regulator', sourceDate: '2024-03-31' },
      { kind: 'regulator', year: '2024', possiblyOutOfDate: false },
    ],
  ] as const)('words %s', (_name, more, expected) => {
    expect(provenanceOf(note(more), today)).toEqual(expected);
  });
});

describe('answersTo', () => {
  it('gives the current notes that answer a question, and none for a question no note answers', () => {
    const answered = note({ answers: ['keepNumber', 'topUpFromAbroad'] });
    const expired = note({ answers: ['keepNumber'], validUntil: '2025-03-31' });
    const carrier = { notes: [answered, expired, note({})] };
    expect(answersTo(carrier, 'keepNumber', today)).toEqual([answered]);
    expect(answersTo(carrier, 'receiveSmsAbroad', today)).toEqual([]);
  });
});

describe('localToday', () => {
  it('is the calendar day where the reader is', () => {
    expect(localToday(new Date(2026, 11, 5, 23, 30))).toBe('2026-12-05');
  });
});
