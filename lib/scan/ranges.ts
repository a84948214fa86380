import { locate, type TextBlock } from './blocks';

/**
 * A DOM Range over block text [start, end), from the first character as written to the last,
 * across every text node in between. Null when the span is empty or outside the block.
 */
export function rangeFor(block: TextBlock, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = locate(block, start, 'start');
  const to = locate(block, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text nodes a block span touches, for looking a mark up from the node under the pointer. */
export function nodesFor(block: TextBlock, start: number, end: number): Text[] {
  return block.segments.filter((s) => s.at < end && s.at + s.length > start).map((s) => s.node);
}
