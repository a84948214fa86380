import { describe, expect, it } from 'vitest';
import { caretAt, markAt, pointInBoxes } from '@/lib/scan/hit-test';

describe('pointInBoxes', () => {
  const lines = [
    { left: 100, right: 300, top: 10, bottom: 30 },
    { left: 0, right: 80, top: 30, bottom: 50 },
  ];
  it.each([
    ['inside the first line', 150, 20, true],
    ['on an edge', 300, 30, true],
    ['inside the wrapped second line', 40, 45, true],
    ['right of the text, where the caret snaps back', 400, 20, false],
    ['below all text', 40, 90, false],
  ])('%s', (_name, x, y, expected) => {
    expect(pointInBoxes(lines, x, y)).toBe(expected);
  });
});

describe('caretAt', () => {
  const text = document.createTextNode('138');
  it('prefers caretPositionFromPoint and passes the shadow roots on', () => {
    const seen: unknown[] = [];
    const doc = {
      caretPositionFromPoint: (x: number, y: number, options: unknown) => {
        seen.push([x, y, options]);
        return { offsetNode: text, offset: 2 };
      },
    } as unknown as Document;
    expect(caretAt(doc, 5, 6)).toEqual({ node: text, offset: 2 });
    expect(seen).toEqual([[5, 6, { shadowRoots: [] }]]);
  });

  it('falls back to caretRangeFromPoint', () => {
    const doc = {
      caretRangeFromPoint: () => ({ startContainer: text, startOffset: 1 }),
    } as unknown as Document;
    expect(caretAt(doc, 1, 1)).toEqual({ node: text, offset: 1 });
  });

  it('is null when neither API exists or nothing is there', () => {
    expect(caretAt({} as Document, 1, 1)).toBeNull();
    expect(caretAt({ caretPositionFromPoint: () => null } as unknown as Document, 1, 1)).toBeNull();
  });
});

describe('markAt', () => {
  const node = document.createTextNode('Call 10086');
  const box = (left: number, right: number) => ({ left, right, top: 0, bottom: 20 });
  const mark = (name: string, boxes: ReturnType<typeof box>[]) => ({
    name,
    range: { getClientRects: () => boxes } as unknown as Range,
  });
  const marks = [mark('first', [box(0, 40)]), mark('second', [box(50, 90)])];
  const on = (n: Node) => (n === node ? marks : []);

  it.each([
    ['the mark whose box holds the point', 60, 'second'],
    ['none when the caret snapped from beside the text', 200, null],
  ])('finds %s', (_name, x, expected) => {
    expect(markAt(on, { node, offset: 0 }, x, 10)?.name ?? null).toBe(expected);
  });

  it('finds none on a node without marks', () => {
    expect(markAt(on, { node: document.createTextNode('x'), offset: 0 }, 10, 10)).toBeNull();
  });
});
