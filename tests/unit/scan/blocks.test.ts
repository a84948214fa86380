import { describe, expect, it } from 'vitest';
import { isCurrent, locate, safeCut, type TextBlock, textBlocks } from '@/lib/scan/blocks';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (root: Node, limit?: number) => [...textBlocks(root, { limit })].map((b) => b.text);

describe('textBlocks', () => {
  it('joins a number split by inline tags into one block with a map back to each node', () => {
    const [block, ...rest] = [...textBlocks(body('<p><b>+86</b> 138 0013 8000</p>'))];
    expect(rest).toEqual([]);
    expect(block?.text).toBe('+86 138 0013 8000');
    expect(block?.segments.map((s) => [s.node.data, s.from, s.at, s.length])).toEqual([
      ['+86', 0, 0, 3],
      [' 138 0013 8000', 0, 3, 14],
    ]);
  });

  it.each([
    ['React comment-split text', '<p>Call <!-- -->+44 20<!-- --> 7925 0918</p>', ['Call +44 20 7925 0918']],
    ['whitespace-only nodes kept', '<p><span>138</span> <span>0013</span></p>', ['138 0013']],
    ['blocks split at block elements', '<div>Tel<p>123</p>456</div>', ['Tel', '123', '456']],
    ['table cells apart', '<table><tr><td>138</td><td>0013</td></tr></table>', ['138', '0013']],
    ['a <br> ends a block', '<p>123<br>456</p>', ['123', '456']],
    [
      'skipped subtrees',
      '<p>a</p><script>1</script><style>p{}</style><noscript>2</noscript><template>3</template><textarea>4</textarea><select><option>5</option></select><div contenteditable="true">6</div><div contenteditable="false">b</div><div hidden>7</div><dialwise-card>8</dialwise-card>',
      ['a', 'b'],
    ],
    ['aria-hidden text is still read', '<p aria-hidden="true">10086</p>', ['10086']],
    [
      'inline runs across nesting, and the run after a nested block is a new block',
      '<div><span><b>12</b><i>3</i></span>4<section><em>5</em></section><a><b>6</b></a>7</div>8',
      ['1234', '5', '67', '8'],
    ],
    ['a <br> inside an inline element ends a block', '<p>a<b>b<br>c</b>d</p>', ['ab', 'cd']],
    [
      'skipped elements inside inline runs',
      '<p>a<span hidden>x</span><b>b<textarea>y</textarea></b><i contenteditable="">z</i>c</p>',
      ['abc'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(texts(body(html)).filter((t) => t.trim() !== '')).toEqual(expected);
  });

  it('walks into open shadow roots and reports them', () => {
    const root = body('<p>before</p><x-card></x-card><p>after</p>');
    const host = root.querySelector('x-card') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Call <b>+1 650</b> 253 0000</p>';
    const found: ShadowRoot[] = [];
    const result = [...textBlocks(root, { onShadowRoot: (s) => found.push(s) })].map((b) => b.text);
    expect(result).toEqual(['before', 'Call +1 650 253 0000', 'after']);
    expect(found).toEqual([shadow]);
  });

  it('walks an inline root as one run, and a skipped root as if it were not', () => {
    const root = body('<p>x<span id="s">1<b>2</b>3<div>4</div>5</span>y</p><script id="k">6</script>');
    expect(texts(root.querySelector('#s') as Node)).toEqual(['123', '4', '5']);
    expect(texts(root.querySelector('#k') as Node)).toEqual(['6']);
    expect(texts(root.querySelector('#s')?.firstChild as Node)).toEqual([]);
  });

  it("reads a shadow host's own children after its shadow root, in blocks of their own", () => {
    const root = body('<p>a<x-host>b<i>c</i></x-host>d</p>');
    const host = root.querySelector('x-host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>s</span>';
    expect(texts(root)).toEqual(['a', 's', 'bc', 'd']);
  });

  it('cuts a huge text node into blocks under the limit without splitting a number', () => {
    const words = 'word '.repeat(30);
    const root = body(`<p>${words}138 0013 8000 ${words}</p>`);
    const blocks = texts(root, 100);
    expect(blocks.every((b) => b.length <= 100)).toBe(true);
    expect(blocks.join('')).toBe(`${words}138 0013 8000 ${words}`);
    expect(blocks.some((b) => b.includes('138 0013 8000'))).toBe(true);
  });

  it('starts a fresh block rather than cut a node that would overflow', () => {
    const root = body(`<p><span>${'a'.repeat(60)}</span><span>${'b'.repeat(60)}</span></p>`);
    expect(texts(root, 100)).toEqual(['a'.repeat(60), 'b'.repeat(60)]);
  });
});

describe('safeCut', () => {
  it.each([
    ['short text is kept whole', 'abc', 10, 3],
    ['cuts at whitespace between words', 'aaaa bbbb cccc', 10, 9],
    ['skips whitespace inside a number', 'aaaa bbbb 12 34', 14, 9],
    ['skips whitespace after a closing bracket', 'aaaa bbbb (02) 2311', 17, 9],
    ['falls back to the limit', 'abcdefghijkl', 6, 6],
  ])('%s', (_name, text, limit, expected) => {
    expect(safeCut(text, limit)).toBe(expected);
  });
});

describe('locate', () => {
  const [block] = [...textBlocks(body('<p><b>+86</b> 138 0013 8000</p>'))] as [TextBlock];
  const [first, second] = block.segments.map((s) => s.node);

  it.each([
    ['start of the block', 0, 'start', first, 0],
    ['start at a seam goes to the next node', 3, 'start', second, 0],
    ['end at a seam stays in the node before', 3, 'end', first, 3],
    ['end of the block', 17, 'end', second, 14],
    ['inside the second node', 8, 'start', second, 5],
  ] as const)('%s', (_name, offset, side, node, nodeOffset) => {
    expect(locate(block, offset, side)).toEqual({ node, offset: nodeOffset });
  });

  it.each([
    [-1, 'start'],
    [17, 'start'],
    [0, 'end'],
    [18, 'end'],
  ] as const)('is null outside the block (%i, %s)', (offset, side) => {
    expect(locate(block, offset, side)).toBeNull();
  });
});

describe('isCurrent', () => {
  it('is false once a node is removed or its text changes', () => {
    const root = body('<p><b>+86</b> 138 0013 8000</p>');
    const [block] = [...textBlocks(root)] as [TextBlock];
    expect(isCurrent(block)).toBe(true);
    (block.segments[1]?.node as Text).data = ' 139 0000 0000';
    expect(isCurrent(block)).toBe(false);
    const [again] = [...textBlocks(root)] as [TextBlock];
    root.querySelector('b')?.remove();
    expect(isCurrent(again)).toBe(false);
  });

  it('is false, without throwing, once a node is shorter than the block remembers', () => {
    const root = body(`<p>${'word '.repeat(3000)} call +86 138 0013 8000</p>`);
    const blocks = [...textBlocks(root, { limit: 1000 })];
    const last = blocks.at(-1) as TextBlock;
    expect(isCurrent(last)).toBe(true);
    (root.querySelector('p')?.firstChild as Text).data = 'short';
    expect(blocks.map(isCurrent)).toEqual(blocks.map(() => false));
  });
});
