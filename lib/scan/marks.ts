import type { Finding } from '@/lib/finding';

/**
 * Highlight names are a contract: tests and tools read them from CSS.highlights. A carrier named
 * again in the same block is painted by `carrierRepeat`, quietly; it is still a carrier mark.
 */
export const highlightNames = {
  phone: 'dialwise-phone',
  carrier: 'dialwise-carrier',
  carrierRepeat: 'dialwise-carrier-repeat',
} as const;

type Painted = keyof typeof highlightNames;

export interface Mark {
  finding: Finding;
  range: Range;
  /** Every text node the range touches, in order. */
  nodes: Text[];
  /** A carrier already named earlier in the same block. */
  repeat?: boolean;
}

function paintedAs(mark: Mark): Painted {
  return mark.repeat ? 'carrierRepeat' : mark.finding.kind;
}

/** Whether the text a mark covers is still in the page. */
export function isAttached(mark: Mark): boolean {
  return mark.nodes.every((node) => node.isConnected);
}

/**
 * The marks on one document and the highlights that paint them. Without the Custom Highlight API
 * the marks are still kept (for hover and the popup) but nothing is painted.
 *
 * A mark is kept at once but painted when `paint()` is called: every change to a highlight makes
 * the browser lay out all of its ranges again at the next frame (in Chromium 156, 10,000 ranges
 * cost 147 ms added at once and 1,003 ms added in ten parts), so the scanner paints what it found
 * in as few changes as it can.
 */
export class MarkRegistry {
  private readonly marks = new Set<Mark>();
  private readonly byNode = new Map<Text, Mark[]>();
  private readonly painted: Record<Painted, Highlight> | null;
  private unpainted: Mark[] = [];

  constructor(private readonly highlights: HighlightRegistry | null) {
    this.painted = highlights
      ? { phone: new Highlight(), carrier: new Highlight(), carrierRepeat: new Highlight() }
      : null;
    if (highlights && this.painted) {
      // Registered while still empty: the page can tell the script ran without any DOM change.
      for (const name of Object.keys(highlightNames) as Painted[]) {
        highlights.set(highlightNames[name], this.painted[name]);
      }
    }
  }

  get size(): number {
    return this.marks.size;
  }

  all(): IterableIterator<Mark> {
    return this.marks.values();
  }

  /** Keeps a mark; it is painted at the next `paint()`. */
  add(mark: Mark): void {
    this.marks.add(mark);
    if (this.painted) this.unpainted.push(mark);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
  }

  /** How many marks wait to be painted. */
  get unpaintedCount(): number {
    return this.unpainted.length;
  }

  /**
   * Paints up to `count` of the marks waiting, oldest first (those removed meanwhile are passed
   * over), and returns how many still wait.
   */
  paint(count = Number.POSITIVE_INFINITY): number {
    const now = this.unpainted.splice(0, count);
    if (this.painted)
      for (const mark of now) if (this.marks.has(mark)) this.painted[paintedAs(mark)].add(mark.range);
    return this.unpainted.length;
  }

  /** The marks whose text includes this node. */
  on(node: Node): readonly Mark[] {
    return this.byNode.get(node as Text) ?? [];
  }

  /** Drops the marks that match, e.g. those under a block about to be scanned again. */
  removeWhere(drop: (mark: Mark) => boolean): number {
    let removed = 0;
    for (const mark of this.marks) {
      if (!drop(mark)) continue;
      this.marks.delete(mark);
      this.painted?.[paintedAs(mark)].delete(mark.range);
      for (const node of mark.nodes) {
        const rest = this.byNode.get(node)?.filter((m) => m !== mark) ?? [];
        if (rest.length > 0) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
      removed++;
    }
    return removed;
  }

  clear(): void {
    this.marks.clear();
    this.unpainted = [];
    this.byNode.clear();
    for (const highlight of Object.values(this.painted ?? {})) highlight.clear();
  }

  /** Clears the marks and takes the highlights off the page, e.g. when the extension reloads. */
  detach(): void {
    this.clear();
    if (!this.highlights || !this.painted) return;
    for (const name of Object.keys(highlightNames) as Painted[]) {
      const highlight = this.painted[name];
      if (this.highlights.get(highlightNames[name]) === highlight)
        this.highlights.delete(highlightNames[name]);
    }
  }
}
