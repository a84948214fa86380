/**
 * Which mark is under the pointer. The caret APIs snap to the nearest text (far right of a line
 * gives the line's last character), so a caret inside a range is only a candidate until the
 * point is seen inside one of the range's boxes.
 */

export interface Caret {
  node: Node;
  offset: number;
}

interface CaretPositionDocument {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The text position under a viewport point; open shadow roots passed in are looked into. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  const caretDoc = doc as unknown as CaretPositionDocument;
  if (caretDoc.caretPositionFromPoint) {
    const position = caretDoc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether a point lies in any of the boxes (a range's client rects, one per line it spans). */
export function pointInBoxes(boxes: Iterable<Box>, x: number, y: number): boolean {
  for (const box of boxes) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

/** The mark under a viewport point, given the caret there; null when the caret only snapped near one. */
export function markAt<M extends { range: Range }>(
  marksOn: (node: Node) => readonly M[],
  caret: Caret,
  x: number,
  y: number,
): M | null {
  for (const mark of marksOn(caret.node)) {
    if (pointInBoxes(mark.range.getClientRects(), x, y)) return mark;
  }
  return null;
}
