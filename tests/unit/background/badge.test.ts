import { describe, expect, it } from 'vitest';
import { withKeepMark } from '@/lib/background/badge';

describe('withKeepMark', () => {
  it.each([
    ['3', true, '3!'],
    ['3!', true, '3!'],
    ['3!', false, '3'],
    ['', true, '!'],
    ['!', false, ''],
    ['12', false, '12'],
  ])('turns a badge of %j into the one for due=%s: %j', (shown, due, expected) => {
    expect(withKeepMark(shown, due)).toBe(expected);
  });
});
