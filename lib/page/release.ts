import type { ContentScriptContext } from '#imports';

/**
 * Runs `release` when this content script is cut off (extension updated, reloaded or removed).
 * By then the extension APIs throw "Extension context invalidated" on any call, removing a listener
 * included; the listeners went with the extension anyway, so that error is not the page's business.
 */
export function releaseOnInvalidated(ctx: ContentScriptContext, release: () => void): void {
  ctx.onInvalidated(() => {
    try {
      release();
    } catch {
      // The extension context is gone; nothing is left to release.
    }
  });
}
