import type { ContentScriptContext } from '#imports';
import { caretAt, markAt } from '@/lib/scan/hit-test';
import { HoverIntent } from '@/lib/scan/hover-intent';
import type { Mark } from '@/lib/scan/marks';
import type { CardHost } from './card';
import type { Marking } from './marking';

/**
 * Follows the pointer over marks: at most one hit-test per animation frame, the card opened by
 * HoverIntent and closed on leave, Esc, scroll or resize.
 */
export function watchHover(
  ctx: ContentScriptContext,
  options: {
    marking(): Marking | null;
    card: CardHost;
    delayMs(): number;
    open(mark: Mark): void;
  },
): HoverIntent<Mark> {
  const intent = new HoverIntent<Mark>(
    { set: (run, ms) => ctx.setTimeout(run, ms), clear: (id) => clearTimeout(id) },
    { open: options.open, close: () => options.card.hide() },
    options.delayMs,
  );
  const markUnder = (x: number, y: number): Mark | null => {
    const marking = options.marking();
    if (!marking || marking.marks.size === 0) return null;
    const caret = caretAt(document, x, y, [...marking.shadowRoots]);
    return caret ? markAt((node) => marking.marks.on(node), caret, x, y) : null;
  };

  let latest: PointerEvent | null = null;
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (latest === null) {
        ctx.requestAnimationFrame(() => {
          const point = latest;
          latest = null;
          if (!point) return;
          const mark = markUnder(point.clientX, point.clientY);
          // The card's code loads while the hover delay runs, so opening it later is quick.
          if (mark) options.card.prepare();
          intent.pointAt(mark, options.card.isCard(point.target));
        });
      }
      latest = event;
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(document.documentElement, 'pointerleave', () => intent.pointAt(null, false));
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key === 'Escape') intent.dismiss();
    },
    { capture: true },
  );
  const dismiss = () => intent.dismiss();
  ctx.addEventListener(window, 'scroll', dismiss, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', dismiss, { passive: true });
  return intent;
}
