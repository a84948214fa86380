import { describe, expect, it } from 'vitest';
import { foldCase, foldWidth } from '../../../lib/carriers/chars';

/** The fold written out for one code unit, as the table is meant to hold it. */
function expectedFold(code: number): number {
  const width = foldWidth(code);
  if (width > 0x024f) return width;
  const lower = String.fromCharCode(width).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : width;
}

describe('foldCase', () => {
  it('folds every UTF-16 code unit as width folding then Latin lower-casing would', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (foldCase(code) !== expectedFold(code)) wrong.push(code);
    expect(wrong).toEqual([]);
  });
});
