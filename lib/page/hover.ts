import type { ContentScriptContext } from '#imports';
import { caretAt, markAt } from '../scan/hit-test';
import { HoverIntent } from '../scan/hover-intent';
import type { Mark } from '../scan/marks';
import type { CardPage } from './card-content';
import type { CardHost } from './card-host';
import type { PageMarking } from './marking';

/**
 * Follows the pointer over marks: at most one hit-test per animation frame, the card opened by
 * HoverIntent for the mark under the pointer, and closed on leave, Esc, scroll or resize.
 */
export function watchHover(
  ctx: ContentScriptContext,
  options: {
    marking: PageMarking;
    card: CardHost;
    delayMs(): number;
    /** The page's facts as they are now (settings can change while the page is open). */
    page(): CardPage;
  },
): HoverIntent<Mark> {
  const { marking, card } = options;
  const open = (mark: Mark) =>
    void card
      .show(mark.range, mark.finding, options.page(), () => intent.dismiss())
      // A card that cannot open leaves the page as it was.
      .catch(() => {});
  const intent: HoverIntent<Mark> = new HoverIntent<Mark>(
    { set: (run, ms) => ctx.setTimeout(run, ms), clear: (id) => clearTimeout(id) },
    { open, close: () => card.hide() },
    options.delayMs,
  );
  const markUnder = (x: number, y: number): Mark | null => {
    const marks = marking.marks;
    if (!marks || marks.size === 0) return null;
    const caret = caretAt(document, x, y, [...marking.shadowRoots]);
    return caret ? markAt((node) => marks.on(node), caret, x, y) : null;
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
          if (mark) card.prepare();
          intent.pointAt(mark, card.isCard(point.target));
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
