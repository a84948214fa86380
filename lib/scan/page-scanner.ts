import type { CarrierFinding, Finding, PhoneFinding } from '@/lib/findings';
import { isCurrent, type TextBlock, textBlocks } from './blocks';
import { isAttached, type Mark, type MarkRegistry } from './marks';
import { isInSkippedSubtree } from './mutations';
import { nodesFor, rangeFor } from './ranges';
import type { SliceQueue } from './slices';
import { isInside } from './tree';

const blankText = /^\s*$/;

/** The text finders, bound by the caller; the scanner only knows text in, findings out. */
export interface Finders {
  carriers(text: string): CarrierFinding[];
  /** Whether a text may hold a full number, worth the parser. */
  hasPhoneCandidate(text: string): boolean;
  /** Full numbers and short codes in several texts at once, read by the number parser. */
  phones(texts: string[]): Promise<PhoneFinding[][]>;
  /** Short service codes in a text the parser is not asked about. */
  shortCodes(text: string): PhoneFinding[];
}

export interface ScannerHooks {
  /** Marks were added under this root (a document or an open shadow root). */
  marked(root: Document | ShadowRoot): void;
  /** A shadow root was found; mutations inside it are not seen by the document's observer. */
  shadowRootFound(root: ShadowRoot): void;
  /** The set of marks changed. */
  changed(): void;
}

/** One request to the number parser: under the limits of phone-request.ts even after the last block. */
const phoneBatch = { length: 50_000, texts: 400 };

/** Turns findings in a block into marks; findings that no longer map onto the text are dropped. */
export function marksFor(block: TextBlock, findings: readonly Finding[]): Mark[] {
  const marks: Mark[] = [];
  for (const finding of findings) {
    const range = rangeFor(block, finding.start, finding.end);
    if (range) marks.push({ finding, range, nodes: nodesFor(block, finding.start, finding.end) });
  }
  return marks;
}

/**
 * Scans subtrees in slices and keeps the marks in step: rescanning a subtree first drops its old
 * marks, and phone results that come back for text rescanned meanwhile are thrown away.
 */
export class PageScanner {
  /** Blocks waiting for the number parser; a rescan of their subtree removes them. */
  private readonly awaitingPhones = new Set<TextBlock>();

  constructor(
    private readonly marks: MarkRegistry,
    private readonly queue: SliceQueue,
    private readonly finders: Finders,
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

  /** Forgets pending phone requests (used when marks are cleared wholesale). */
  forget(): void {
    this.awaitingPhones.clear();
  }

  private *walk(root: Node): Generator<void> {
    if (!root.isConnected || isInSkippedSubtree(root)) return;
    const dropped = this.marks.removeWhere(
      (mark) => !isAttached(mark) || isInside(mark.nodes[0] as Node, root),
    );
    for (const block of this.awaitingPhones) {
      if (isInside(block.segments[0]?.node as Node, root)) this.awaitingPhones.delete(block);
    }
    if (dropped > 0) this.hooks.changed();
    let batch: TextBlock[] = [];
    let batchLength = 0;
    for (const block of textBlocks(root, { onShadowRoot: (shadow) => this.hooks.shadowRootFound(shadow) })) {
      // The line breaks between a page's paragraphs make up many blocks of nothing but white space.
      if (blankText.test(block.text)) continue;
      this.add(block, this.finders.carriers(block.text));
      if (!this.finders.hasPhoneCandidate(block.text)) {
        this.add(block, this.finders.shortCodes(block.text));
      } else {
        batch.push(block);
        batchLength += block.text.length;
        if (batchLength >= phoneBatch.length || batch.length >= phoneBatch.texts) {
          this.requestPhones(batch);
          batch = [];
          batchLength = 0;
        }
      }
      yield;
    }
    if (batch.length > 0) this.requestPhones(batch);
  }

  private requestPhones(blocks: TextBlock[]): void {
    for (const block of blocks) this.awaitingPhones.add(block);
    this.finders.phones(blocks.map((block) => block.text)).then(
      (results) => {
        blocks.forEach((block, i) => {
          if (!this.awaitingPhones.delete(block) || !isCurrent(block)) return;
          this.add(block, results[i] ?? []);
        });
      },
      () => {
        for (const block of blocks) this.awaitingPhones.delete(block);
      },
    );
  }

  private add(block: TextBlock, findings: readonly Finding[]): void {
    if (findings.length === 0) return;
    const first = block.segments[0]?.node;
    if (!first?.isConnected) return;
    for (const mark of marksFor(block, findings)) this.marks.add(mark);
    this.hooks.marked(first.getRootNode() as Document | ShadowRoot);
    this.hooks.changed();
  }
}
