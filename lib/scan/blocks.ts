import { cardHostName } from './card-host-name';

/**
 * Text blocks: the page's text as the finders see it.
 *
 * A block is a run of consecutive text nodes under the same block-level element, joined
 * with nothing in between, so "<b>+86</b> 138 0013 8000" and React's "<!-- -->"-split
 * text read as one string. Every text node is kept, whitespace-only ones included, so a
 * finding's offsets map back to the characters as written.
 */

/** One text node's share of a block: block text [at, at + length) is node.data [from, from + length). */
export interface Segment {
  node: Text;
  from: number;
  at: number;
  length: number;
}

export interface TextBlock {
  text: string;
  segments: Segment[];
}

/** Elements whose text is not page prose, or not ours to mark. */
const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  cardHostName.toUpperCase(),
]);

/** Tags that flow inside a line; any other element starts a new block. */
const inlineTags = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

/** Long enough for any paragraph; keeps one finder call to a few milliseconds. */
export const maxBlockLength = 10_000;

/** The element whose text run a node belongs to: its nearest non-inline ancestor (or the root). */
export function blockOwner(node: Node): Node | null {
  let parent = node.parentNode;
  while (parent && parent.nodeType === 1 && !isBlockBoundary(parent as Element)) parent = parent.parentNode;
  return parent;
}

/** Characters that can stand just before a space inside a written number: "+86 138", "(02) 2311". */
const numberTail = /[\d０-９)）\]］.．\-－+＋/／]/;

/** Where to cut an over-long text: at whitespace that does not follow part of a number, so none is split. */
export function safeCut(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  for (let i = limit; i > limit / 2; i--) {
    if (/\s/.test(text[i] ?? '') && !numberTail.test(text[i - 1] ?? '')) return i;
  }
  return limit;
}

class BlockBuilder {
  private parts: string[] = [];
  private segments: Segment[] = [];
  private length = 0;

  get size(): number {
    return this.length;
  }

  add(node: Text, data: string, from: number, to: number): void {
    this.parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
    this.segments.push({ node, from, at: this.length, length: to - from });
    this.length += to - from;
  }

  take(): TextBlock | null {
    if (this.segments.length === 0) return null;
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    const block = { text, segments: this.segments };
    this.parts = [];
    this.segments = [];
    this.length = 0;
    return block;
  }
}

/** What the walker does with an element: skip it whole, enter it as inline or block-level, or break the line. */
const SKIP = 0;
const INLINE = 1;
const BLOCK = 2;
const LINE_BREAK = 3;

/** Each listed tag's kind, so one lookup answers every question; other tags are BLOCK. */
const tagKinds = new Map<string, number>([
  ...[...skippedTags].map((tag): [string, number] => [tag, SKIP]),
  ...[...inlineTags].map((tag): [string, number] => [tag, INLINE]),
  ['BR', LINE_BREAK],
]);

/** HTML tag names come upper case already; only other names (SVG, XHTML) are upper-cased. */
function tagKind(element: Element): number {
  const tag = element.tagName;
  return tagKinds.get(tag) ?? tagKinds.get(tag.toUpperCase()) ?? BLOCK;
}

/**
 * The element's kind for the walker, reading the tag name once and attributes only if any: hidden
 * and editable elements are skipped whole. aria-hidden is not: it hides text from screen readers,
 * not from the eye.
 */
function classify(element: Element): number {
  const kind = tagKind(element);
  if (kind === SKIP) return SKIP;
  if (element.hasAttributes()) {
    if (element.hasAttribute('hidden')) return SKIP;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return SKIP;
  }
  return kind;
}

/** Whether the walker leaves an element and everything under it alone. */
export function isSkipped(element: Element): boolean {
  return classify(element) === SKIP;
}

/** Whether an element breaks the line (a block-level box or a <br>), by its tag alone. */
export function isBlockBoundary(element: Element): boolean {
  return tagKind(element) !== INLINE;
}

/**
 * Walks the text under `root` (a document, element or open shadow root, entering open shadow
 * roots on the way) and yields its blocks in document order. A generator, so a caller can
 * stop after any block and resume in a later slice.
 *
 * The walk follows child and sibling links itself, stepping over skipped subtrees, and keeps the
 * block owner of each level on a stack as it descends, so no node is visited twice and no text
 * node climbs its ancestors. The root itself is never skipped; its owner is found as `blockOwner` would.
 */
export function* textBlocks(
  root: Node,
  options: { limit?: number; onShadowRoot?: (root: ShadowRoot) => void } = {},
): Generator<TextBlock> {
  const limit = options.limit ?? maxBlockLength;
  const builder = new BlockBuilder();
  let owner: Node | null = null;
  /** The block owner of the current node's siblings, and those of each level above. */
  let levelOwner: Node | null =
    root.nodeType === 1 && !isBlockBoundary(root as Element) ? blockOwner(root) : root;
  const owners: (Node | null)[] = [];
  let node: Node | null = root.firstChild;
  while (node !== null) {
    const type = node.nodeType;
    if (type === 1) {
      const element = node as Element;
      const kind = classify(element);
      if (kind !== SKIP) {
        const shadow = element.shadowRoot;
        if (shadow || kind === LINE_BREAK) {
          const block = builder.take();
          if (block) yield block;
          owner = null;
        }
        if (shadow) {
          options.onShadowRoot?.(shadow);
          yield* textBlocks(shadow, options);
        }
        const child = element.firstChild;
        if (child !== null) {
          owners.push(levelOwner);
          if (kind !== INLINE) levelOwner = element;
          node = child;
          continue;
        }
      }
    } else if (type === 3) {
      const text = node as Text;
      if (levelOwner !== owner) {
        const block = builder.take();
        if (block) yield block;
        owner = levelOwner;
      }
      const data = text.data;
      const length = data.length;
      for (let from = 0; from < length; ) {
        // A node that would overflow the block starts a fresh one rather than being cut.
        if (builder.size > 0 && length - from > limit - builder.size) {
          const block = builder.take();
          if (block) yield block;
        }
        const room = limit - builder.size;
        const to = length - from <= room ? length : from + safeCut(data.slice(from, from + room + 1), room);
        builder.add(text, data, from, to);
        if (to < length) {
          const block = builder.take();
          if (block) yield block;
        }
        from = to;
      }
    }
    // Next in document order after this node's subtree: a sibling, or a sibling of an ancestor.
    let next: Node | null = node.nextSibling;
    while (next === null) {
      const parent: Node | null = node.parentNode;
      if (parent === null || parent === root) break;
      levelOwner = owners.pop() ?? null;
      node = parent;
      next = node.nextSibling;
    }
    node = next;
  }
  const block = builder.take();
  if (block) yield block;
}

/** The text node and offset at a block offset; at a seam, `end` picks the node before it. */
export function locate(
  block: TextBlock,
  offset: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | null {
  const { segments } = block;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid] as Segment;
    const inside =
      side === 'start'
        ? offset >= segment.at && offset < segment.at + segment.length
        : offset > segment.at && offset <= segment.at + segment.length;
    if (inside) return { node: segment.node, offset: segment.from + offset - segment.at };
    if (offset < segment.at || (side === 'end' && offset === segment.at)) high = mid - 1;
    else low = mid + 1;
  }
  return null;
}

/**
 * Whether a block still reads as it did when it was collected (nodes attached, text unchanged).
 * Reads only each segment's own characters: a 1 MB text node split into a hundred blocks would
 * otherwise be copied out whole for each of them.
 */
export function isCurrent(block: TextBlock): boolean {
  return block.segments.every(
    (s) =>
      s.node.isConnected &&
      s.from + s.length <= s.node.length &&
      s.node.substringData(s.from, s.length) === block.text.slice(s.at, s.at + s.length),
  );
}
