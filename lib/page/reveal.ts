import { type Browser, browser, type ContentScriptContext } from '#imports';
import type { Finding } from '../finding';
import { dispatch, route } from '../messaging/dispatch';
import { popupToContent } from '../messaging/protocol';
import { flashHighlightName } from '../scan/highlight-style';
import type { MarkRegistry } from '../scan/marks';
import { findingKey } from '../summary/page-summary';
import type { PageMarking } from './marking';
import { releaseOnInvalidated } from './release';

const flashMs = 1600;

/** Scrolls the first occurrence of a finding into view and flashes it; false when this frame has none. */
export function reveal(
  ctx: ContentScriptContext,
  marks: MarkRegistry,
  kind: Finding['kind'],
  key: string,
): boolean {
  for (const mark of marks.all()) {
    if (mark.finding.kind !== kind || findingKey(mark.finding) !== key) continue;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      const flash = new Highlight(mark.range);
      CSS.highlights.set(flashHighlightName, flash);
      ctx.setTimeout(() => {
        if (CSS.highlights.get(flashHighlightName) === flash) CSS.highlights.delete(flashHighlightName);
      }, flashMs);
    }
    return true;
  }
  return false;
}

/**
 * Answers the popup's messages for as long as the script lives. Only our own extension pages may
 * ask; a frame that does not hold the finding stays silent, so another frame can answer.
 */
export function answerPopup(ctx: ContentScriptContext, marking: PageMarking): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const routes = [
    route(popupToContent, {
      reveal: ({ kind, key }) => {
        const marks = marking.marks;
        return marks && reveal(ctx, marks, kind, key) ? { found: true as const } : undefined;
      },
    }),
  ];
  const onMessage = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    respond: (answer: unknown) => void,
  ) => {
    const answer = dispatch(routes, message, sender, self);
    if (answer !== undefined) respond(answer);
  };
  browser.runtime.onMessage.addListener(onMessage);
  releaseOnInvalidated(ctx, () => browser.runtime.onMessage.removeListener(onMessage));
}
