import { browser, type ContentScriptContext, defineContentScript } from '#imports';

type StartOnPage = (ctx: ContentScriptContext) => Promise<void>;

/** Longest wait for an idle moment before Dialwise starts in a frame that is never idle. */
const idleTimeoutMs = 2000;

/**
 * The script the browser injects into every frame: it waits until the frame is idle, then imports
 * Dialwise's working part (entrypoints/content-main.ts) and starts it. The browser evaluates an
 * injected script as part of loading the frame, so on a page of many frames every byte of it adds
 * to one long stretch of the page's main thread; an import in idle time is a task of its own.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // The card brings its own stylesheet (entrypoints/content/card.ts); nothing is injected into the page.
  cssInjectionMode: 'manual',
  // WXT would otherwise announce each start to the page with window.postMessage, naming the
  // extension's id: any page could read it and forge the DOM event that stops this script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await new Promise((idle) => ctx.requestIdleCallback(idle, { timeout: idleTimeoutMs }));
    if (ctx.isInvalid) return;
    const module: { default: StartOnPage } = await import(
      /* @vite-ignore */ browser.runtime.getURL('/content-main.js')
    );
    await module.default(ctx);
  },
});
