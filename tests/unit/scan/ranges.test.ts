import { describe, expect, it } from 'vitest';
import { type TextBlock, textBlocks } from '@/lib/scan/blocks';
import { nodesFor, rangeFor } from '@/lib/scan/ranges';

function blockOf(html: string): TextBlock {
  document.body.innerHTML = html;
  return [...textBlocks(document.body)][0] as TextBlock;
}

describe('rangeFor', () => {
  it.each([
    ['a number split by inline tags', '<p>Tel <b>+86</b> 138 0013 8000.</p>', 4, 21, '+86 138 0013 8000'],
    ['React comment-split text', '<p>Call <!-- -->+44 20<!-- --> 7925 0918</p>', 5, 21, '+44 20 7925 0918'],
    ['a span inside one node', '<p>联系中国移动客服</p>', 2, 6, '中国移动'],
    ['digits in three nested tags', '<p><i>1</i><b><u>38</u></b>00138000</p>', 0, 11, '13800138000'],
  ])('covers %s as written', (_name, html, start, end, expected) => {
    const range = rangeFor(blockOf(html), start, end);
    expect(range?.toString()).toBe(expected);
  });

  it('ends in the node holding the last character, not at the start of the next', () => {
    const block = blockOf('<p><b>+86</b><i>138</i></p>');
    const range = rangeFor(block, 0, 3);
    expect(range?.endContainer).toBe(block.segments[0]?.node);
    expect(range?.endOffset).toBe(3);
  });

  it.each([
    [3, 3],
    [5, 2],
    [0, 99],
  ])('is null for an empty or out-of-block span [%i, %i)', (start, end) => {
    expect(rangeFor(blockOf('<p>+86 138</p>'), start, end)).toBeNull();
  });
});

describe('nodesFor', () => {
  it('lists every node the span touches', () => {
    const block = blockOf('<p>Tel <b>+86</b> 138 0013 8000</p>');
    expect(nodesFor(block, 4, 21).map((n) => n.data)).toEqual(['+86', ' 138 0013 8000']);
    expect(nodesFor(block, 0, 4).map((n) => n.data)).toEqual(['Tel ']);
  });
});
