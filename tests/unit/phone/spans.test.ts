import { describe, expect, it } from 'vitest';
import { overlapsAnyOf } from '@/lib/phone/spans';

describe('overlapsAnyOf', () => {
  const spans = [
    { start: 5, end: 10 },
    { start: 20, end: 25 },
  ];

  it('answers questions asked in document order, touching ends not counting', () => {
    const overlaps = overlapsAnyOf(spans);
    expect([
      overlaps(0, 5),
      overlaps(3, 6),
      overlaps(9, 12),
      overlaps(10, 20),
      overlaps(18, 30),
      overlaps(25, 40),
    ]).toEqual([false, true, true, false, true, false]);
  });

  it('holds nothing when there are no spans', () => {
    expect(overlapsAnyOf([])(0, 100)).toBe(false);
  });
});
