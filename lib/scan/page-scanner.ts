import type { Finding } from '@/lib/finding';
import { isCurrent, type TextBlock, textBlocks } from './blocks';
import { isAttached, type Mark, type MarkRegistry } from './marks';
import { isInSkippedSubtree } from './mutations';
import { nodesFor, rangeFor } from './ranges';
import type { SliceQueue } from './slices';
import { isInside } from './tree';

const blankText = /^\s*$/;

/**
 * The finders, bound by the caller: one list of findings per text, in the same order. They run in
 * the background, so the scanner only walks, batches and marks.
 */
export type FindInTexts = (texts: string[]) => Promise<Finding[][]>;

export interface ScannerHooks {
  /** Marks are about to be painted under this root (a document or an open shadow root). */
  marked(root: Document | ShadowRoot): void;
  /** A shadow root was found; mutations inside it are not seen by the document's observer. */
  shadowRootFound(root: ShadowRoot): void;
  /** The set of marks changed. */
  changed(): void;
}

/** One request to the finders; a block is at most 10,000 characters, so this stays under textRequestLimits. */
const batchLimits = { length: 50_000, texts: 400 };

/**
 * Work between two yields to the slice queue: a few dozen microseconds, so a slice still ends close
 * to its budget, while the queue reads the clock once per step rather than once per block.
 */
const step = { blocks: 16, length: 20_000, marks: 200 };

/**
 * Marks are painted once no reply is awaited (see MarkRegistry): one change to the highlights for
 * most pages' whole scan. On a page whose replies keep coming (one that changes all the time),
 * marks waiting this long are painted anyway; on a page of many thousand numbers, every so many:
 * Firefox lays out the ranges added in one change in one task, which for 100,000 took 212 ms.
 */
const longestPaintWaitMs = 500;
const largestPaint = 10_000;
/** Ranges added to the highlights per step of the painting job: a few milliseconds. */
const paintStep = 2_000;

/** Whether a finding names a stretch of this block's text exactly as the block holds it. */
function fitsBlock(block: TextBlock, finding: Finding): boolean {
  const { start, end } = finding;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    block.text.slice(start, end) === finding.text
  );
}

/**
 * Turns findings in a block into marks; findings that do not fit the block's text (a reply for
 * text that changed, or one of the wrong shape) are dropped. A carrier named again in the same
 * block is a repeat: still a mark, painted quietly (an article that names one product thirty
 * times is not underlined thirty times).
 */
function marksFor(block: TextBlock, findings: readonly Finding[]): Mark[] {
  const marks: Mark[] = [];
  const carriersSeen = new Set<string>();
  for (const finding of findings) {
    if (!fitsBlock(block, finding)) continue;
    const range = rangeFor(block, finding.start, finding.end);
    if (!range) continue;
    // A product only claimed for a carrier is not that carrier: its mention does not make the carrier's a repeat.
    const carrierKey = finding.kind === 'carrier' ? `${finding.id} ${finding.product ?? ''}` : null;
    const repeat = carrierKey !== null && carriersSeen.has(carrierKey);
    if (carrierKey !== null) carriersSeen.add(carrierKey);
    marks.push({ finding, range, nodes: nodesFor(block, finding.start, finding.end), repeat });
  }
  return marks;
}

/**
 * Scans subtrees in slices and keeps the marks in step: rescanning a subtree first drops its old
 * marks, and findings that come back for text rescanned meanwhile are thrown away.
 */
export class PageScanner {
  /** Blocks waiting for the finders; a rescan of their subtree removes them. */
  private readonly awaiting = new Set<TextBlock>();
  /** When the oldest mark not yet painted was added. */
  private unpaintedSince: number | null = null;
  /** The roots those marks are under. */
  private readonly unpaintedRoots = new Set<Document | ShadowRoot>();
  private paintQueued = false;

  constructor(
    private readonly marks: MarkRegistry,
    private readonly queue: SliceQueue,
    private readonly find: FindInTexts,
    private readonly hooks: ScannerHooks,
  ) {}

  /** Queues a scan of `root` and everything under it, replacing its marks. */
  scan(root: Node): void {
    this.queue.push(this.walk(root));
  }

  /** Drops marks whose text left the page. */
  dropDetached(): void {
    if (this.marks.removeWhere((mark) => !isAttached(mark)) > 0) this.hooks.changed();
  }

  /** Forgets pending requests (used when marks are cleared wholesale). */
  forget(): void {
    this.awaiting.clear();
  }

  private *walk(root: Node): Generator<void> {
    if (!root.isConnected || isInSkippedSubtree(root)) return;
    const dropped = this.marks.removeWhere(
      (mark) => !isAttached(mark) || isInside(mark.nodes[0] as Node, root),
    );
    for (const block of this.awaiting) {
      if (isInside(block.segments[0]?.node as Node, root)) this.awaiting.delete(block);
    }
    if (dropped > 0) this.hooks.changed();
    let batch: TextBlock[] = [];
    let batchLength = 0;
    let stepBlocks = 0;
    let stepLength = 0;
    for (const block of textBlocks(root, { onShadowRoot: (shadow) => this.hooks.shadowRootFound(shadow) })) {
      // The line breaks between a page's paragraphs make up many blocks of nothing but white space:
      // they count towards a step, but nobody needs to read them.
      if (!blankText.test(block.text)) {
        batch.push(block);
        batchLength += block.text.length;
        if (batchLength >= batchLimits.length || batch.length >= batchLimits.texts) {
          this.request(batch);
          batch = [];
          batchLength = 0;
        }
      }
      stepBlocks += 1;
      stepLength += block.text.length;
      if (stepBlocks >= step.blocks || stepLength >= step.length) {
        stepBlocks = 0;
        stepLength = 0;
        yield;
      }
    }
    if (batch.length > 0) this.request(batch);
  }

  private request(blocks: TextBlock[]): void {
    for (const block of blocks) this.awaiting.add(block);
    this.find(blocks.map((block) => block.text)).then(
      (results) => this.queue.push(this.apply(blocks, results)),
      () => {
        for (const block of blocks) this.awaiting.delete(block);
        this.paintWhenDue();
      },
    );
  }

  /** Paints the marks kept so far when no reply is awaited, or when enough of them have waited, or long enough. */
  private paintWhenDue(): void {
    const count = this.marks.unpaintedCount;
    if (count === 0) return;
    const now = performance.now();
    this.unpaintedSince ??= now;
    const due =
      this.awaiting.size === 0 || count >= largestPaint || now - this.unpaintedSince >= longestPaintWaitMs;
    if (!due || this.paintQueued) return;
    this.paintQueued = true;
    this.unpaintedSince = null;
    this.queue.push(this.paint());
  }

  /**
   * The roots' style sheet and the marks in one change: adopting a sheet restyles the whole
   * document, and done apart from the painting it cost a frame of its own. Its own job in the
   * slice queue, in steps, so adding ten thousand ranges does not lengthen the step that asked.
   */
  private *paint(): Generator<void> {
    this.paintQueued = false;
    const roots = [...this.unpaintedRoots];
    this.unpaintedRoots.clear();
    for (const root of roots) {
      try {
        this.hooks.marked(root);
      } catch {
        // A root that left the document its sheet was made for (a shadow host moved into another
        // frame) cannot take the sheet; the marks of every other root are painted all the same.
      }
    }
    while (this.marks.paint(paintStep) > 0) yield;
  }

  /**
   * Turns one reply into marks in steps of a few hundred, in the slice queue: a reply can hold
   * thousands of numbers, and building their ranges at once made long tasks.
   */
  private *apply(blocks: readonly TextBlock[], results: readonly Finding[][]): Generator<void> {
    const roots = new Set<Document | ShadowRoot>();
    let stepMarks = 0;
    for (const [i, block] of blocks.entries()) {
      const findings = results[i] ?? [];
      // Most blocks hold nothing; only those with findings are worth checking against the page.
      if (!this.awaiting.delete(block) || findings.length === 0 || !isCurrent(block)) continue;
      const root = this.add(block, findings);
      if (root) {
        roots.add(root);
        this.unpaintedRoots.add(root);
      }
      stepMarks += findings.length;
      if (stepMarks >= step.marks) {
        stepMarks = 0;
        this.paintWhenDue();
        yield;
      }
    }
    this.paintWhenDue();
    if (roots.size > 0) this.hooks.changed();
  }

  /** Marks a block's findings; returns the root they were added under, if any were. */
  private add(block: TextBlock, findings: readonly Finding[]): Document | ShadowRoot | null {
    const first = block.segments[0]?.node;
    if (!first?.isConnected) return null;
    const marks = marksFor(block, findings);
    for (const mark of marks) this.marks.add(mark);
    return marks.length > 0 ? (first.getRootNode() as Document | ShadowRoot) : null;
  }
}
