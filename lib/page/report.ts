import type { ContentScriptContext } from '#imports';
import { sendFromPage } from '../messaging/send';
import { settleThen } from '../scan/settle';
import { frameSummary } from '../summary/page-summary';
import type { PageMarking } from './marking';

/**
 * Marks arrive batch by batch; one report per quiet moment is enough for the popup and badge, and
 * a page that keeps changing still reports every 2 s.
 */
const reportTiming = { quietMs: 400, maxWaitMs: 2000 };

/**
 * Sends this frame's findings to the background whenever its marks change and then settle. The top
 * frame reports even when it found nothing, so the popup can tell "nothing here" from "not scanned"
 * and knows the page's site; a subframe that never found anything stays silent.
 */
export function reportFindings(
  ctx: ContentScriptContext,
  marking: PageMarking,
  options: { reportEmpty: boolean; pageRegion(): string },
): void {
  let lastSent = options.reportEmpty ? '' : JSON.stringify(frameSummary([], options.pageRegion()));
  const send = () => {
    const summary = frameSummary(marking.findings(), options.pageRegion());
    const text = JSON.stringify(summary);
    if (text === lastSent) return;
    lastSent = text;
    void sendFromPage('findings', summary);
  };
  const changed = settleThen(send, reportTiming, {
    now: () => performance.now(),
    set: (run, ms) => ctx.setTimeout(run, ms),
    clear: (id) => clearTimeout(id),
  });
  marking.onChanged(changed);
  changed();
}
