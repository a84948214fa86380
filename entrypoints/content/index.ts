import { defineContentScript } from '#imports';
import { untilFrameMayHoldFindings } from '@/lib/page/quiet-frame';

/** Longest wait for an idle moment before Dialwise starts in a frame that is never idle. */
const idleTimeoutMs = 2000;

/**
 * The script the browser injects into every frame. It waits until the frame is idle, then starts
 * Dialwise (./start). The browser runs an injected script as part of loading the frame, so on a
 * page of many frames whatever it does at once adds to one long stretch of the page's main thread.
 * `import('./start')` is bundled into this same file, and the bundler defers evaluating that module
 * and everything only it imports (zod, the settings, the walker) until the import runs: loading the
 * script in a frame costs a fraction of a millisecond, and the rest is a task of its own. Before
 * that, one read of the frame's text asks whether anything in it could match (lib/page/quiet-frame):
 * a frame with nothing to mark never loads the rest.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // The card's code brings its stylesheet (components/hover-card-view.tsx) to its shadow root; the
  // marks' look is a stylesheet of its own in the manifest (wxt.config.ts).
  cssInjectionMode: 'manual',
  // WXT would otherwise announce each start to the page with window.postMessage, naming the
  // extension's id: any page could read it and forge the DOM event that stops this script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await new Promise((idle) => ctx.requestIdleCallback(idle, { timeout: idleTimeoutMs }));
    if (ctx.isInvalid) return;
    await untilFrameMayHoldFindings(ctx);
    if (ctx.isInvalid) return;
    const { startOnPage } = await import('./start');
    await startOnPage(ctx);
  },
});
