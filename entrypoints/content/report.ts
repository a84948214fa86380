import { browser, type ContentScriptContext } from '#imports';
import type { Finding } from '@/lib/findings';
import type { FindingsMessage } from '@/lib/messages';
import { frameFindings } from '@/lib/scan/frame-findings';
import { settleThen } from '@/lib/scan/settle';

/**
 * Marks arrive batch by batch; one report per quiet moment is enough for the popup and badge, and
 * a page that keeps changing still reports every 2 s.
 */
const reportTiming = { quietMs: 400, maxWaitMs: 2000 };

/**
 * Returns a trigger that sends this frame's findings to the background once changes settle. The top
 * frame reports even when it found nothing, so the popup can tell "nothing here" from "not scanned"
 * and knows the page's site; a subframe that never found anything stays silent.
 */
export function findingsReporter(
  ctx: ContentScriptContext,
  findings: () => Iterable<Finding>,
  options: { reportEmpty: boolean },
): () => void {
  let lastSent = options.reportEmpty ? '' : JSON.stringify({ type: 'findings', ...frameFindings([]) });
  const send = () => {
    const message: FindingsMessage = { type: 'findings', ...frameFindings(findings()) };
    const text = JSON.stringify(message);
    if (text === lastSent) return;
    lastSent = text;
    // No listener (the worker is starting, or the extension was updated) is not the page's problem.
    browser.runtime.sendMessage(message).catch(() => {});
  };
  return settleThen(send, reportTiming, {
    now: () => performance.now(),
    set: (run, ms) => ctx.setTimeout(run, ms),
    clear: (id) => clearTimeout(id),
  });
}
