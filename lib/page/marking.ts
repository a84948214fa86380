import type { ContentScriptContext } from '#imports';
import type { Finding } from '../finding';
import { HighlightSheet } from '../scan/highlight-style';
import { MarkRegistry } from '../scan/marks';
import { dirtyWork } from '../scan/mutations';
import { type FindInTexts, PageScanner } from '../scan/page-scanner';
import { SliceQueue } from '../scan/slices';
import type { HighlightStyle } from '../settings/settings';

/** One slice of scanning; well under the 50 ms of a long task. */
const sliceBudgetMs = 20;

/** Chromium's task scheduler (https://wicg.github.io/scheduling-apis/); not in every browser. */
interface TaskScheduler {
  postTask(run: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<void>;
}

/**
 * Asks for the next slice as an ordinary task of the lowest priority, so input, rendering and the
 * page's own tasks go first. requestIdleCallback waited for idle periods that a page repainting
 * new highlights seldom has: an 8 MB page took 11 s to mark, mostly waiting.
 */
function sliceRequester(ctx: ContentScriptContext): (run: () => void) => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return (run) => ctx.setTimeout(run, 0);
  return (run) =>
    // Aborted tasks reject; the slice queue is stopped by then.
    void scheduler.postTask(run, { priority: 'background', signal: ctx.signal }).catch(() => {});
}

interface Marking {
  marks: MarkRegistry;
  /** Open shadow roots holding page text, for hit-testing inside them. */
  shadowRoots: ReadonlySet<ShadowRoot>;
  setStyle(style: HighlightStyle): void;
  /** Scans the whole page again, e.g. after a single-page app navigated. */
  rescan(): void;
  /** Takes every mark off the page at once and stops observing. */
  stop(): void;
}

/**
 * Marks the page's numbers and carriers and keeps the marks in step with the DOM: the observer
 * only queues records, and all the work runs in idle-time slices.
 */
function startMarking(
  ctx: ContentScriptContext,
  options: { find: FindInTexts; style: HighlightStyle; changed(): void },
): Marking {
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  const marks = new MarkRegistry(highlights);
  const sheet = highlights ? new HighlightSheet(options.style) : null;
  const queue = new SliceQueue({
    budgetMs: sliceBudgetMs,
    now: () => performance.now(),
    requestSlice: sliceRequester(ctx),
  });
  const shadowRoots = new Set<ShadowRoot>();
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => {
    if (records.length === 0) queue.pushTask(applyMutations);
    records.push(...batch);
  });
  const observe = (root: Document | ShadowRoot) =>
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  const scanner = new PageScanner(marks, queue, options.find, {
    marked: (root) => sheet?.adoptInto(root),
    shadowRootFound: (root) => {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      observe(root);
    },
    changed: options.changed,
  });

  function applyMutations(): void {
    const work = dirtyWork(records.splice(0));
    if (work.removed) scanner.dropDetached();
    for (const root of work.roots) scanner.scan(root);
  }

  const scanPage = () => {
    const root = document.body ?? document.documentElement;
    if (root) scanner.scan(root);
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    queue.stop();
    scanner.forget();
    marks.detach();
    sheet?.remove();
    options.changed();
  };
  ctx.onInvalidated(stop);
  observe(document);
  scanPage();
  return {
    marks,
    shadowRoots,
    setStyle: (style) => sheet?.setStyle(style),
    rescan: () => {
      if (!stopped) scanPage();
    },
    stop,
  };
}

/**
 * The frame's marks as the site setting wants them: marking runs while Dialwise is on for the site
 * and is taken off the page at once when it is turned off. Listeners hear of every change of the
 * marks (for the report to the popup and badge).
 */
export class PageMarking {
  private current: Marking | null = null;
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly find: FindInTexts,
  ) {}

  /** The marks on the page, or null while Dialwise is off for the site. */
  get marks(): MarkRegistry | null {
    return this.current?.marks ?? null;
  }

  /** Open shadow roots holding page text, for hit-testing inside them. */
  get shadowRoots(): ReadonlySet<ShadowRoot> {
    return this.current?.shadowRoots ?? new Set();
  }

  findings(): Finding[] {
    return [...(this.current?.marks.all() ?? [])].map((mark) => mark.finding);
  }

  onChanged(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Applies the settings: starts or stops marking, restyles, and rescans when the page's region changed. */
  update(options: { enabled: boolean; style: HighlightStyle; regionChanged: boolean }): void {
    if (!options.enabled) {
      this.current?.stop();
      this.current = null;
      return;
    }
    if (!this.current) {
      this.current = startMarking(this.ctx, {
        find: this.find,
        style: options.style,
        changed: () => {
          for (const listener of this.listeners) listener();
        },
      });
    } else if (options.regionChanged) this.current.rescan();
    this.current.setStyle(options.style);
  }

  /** Scans the whole page again, e.g. after a single-page app navigated. */
  rescan(): void {
    this.current?.rescan();
  }
}
