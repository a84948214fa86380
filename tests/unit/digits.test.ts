import { describe, expect, it } from 'vitest';
import { digitValue } from '../../lib/digits';

describe('digitValue', () => {
  it.each([
    ['7', 7],
    ['０', 0],
    ['９', 9],
    ['٥', 5],
    ['۴', 4],
    ['२', 2],
    ['๘', 8],
  ])('reads %s as %d', (digit, value) => {
    expect(digitValue(digit.charCodeAt(0))).toBe(value);
  });

  it.each(['a', '+', ' ', '/', ':', '〇', '一', 'Ａ'])('reads %j as no digit', (char) => {
    expect(digitValue(char.charCodeAt(0))).toBe(-1);
  });
});
