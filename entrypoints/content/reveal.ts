import { type Browser, browser, type ContentScriptContext } from '#imports';
import type { Finding } from '@/lib/findings';
import { handleContentMessage } from '@/lib/messages';
import { findingKey } from '@/lib/scan/frame-findings';
import { flashHighlightName } from '@/lib/scan/highlight-style';
import type { MarkRegistry } from '@/lib/scan/marks';
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

/** Answers the popup's "reveal" for as long as the script lives; frames without the finding stay silent. */
export function listenForReveal(ctx: ContentScriptContext, marks: () => MarkRegistry | null): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const onMessage = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    respond: (answer: unknown) => void,
  ) => {
    const answer = handleContentMessage(message, sender, {
      self,
      reveal: (kind, key) => {
        const registry = marks();
        return registry ? reveal(ctx, registry, kind, key) : false;
      },
    });
    if (answer) respond(answer);
  };
  browser.runtime.onMessage.addListener(onMessage);
  releaseOnInvalidated(ctx, () => browser.runtime.onMessage.removeListener(onMessage));
}
