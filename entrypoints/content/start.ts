import type { ContentScriptContext } from '#imports';
import { CardHost } from '@/lib/page/card-host';
import { findingsFromBackground } from '@/lib/page/finder-client';
import { watchHover } from '@/lib/page/hover';
import { PageMarking } from '@/lib/page/marking';
import { pageFacts } from '@/lib/page/page-facts';
import { releaseOnInvalidated } from '@/lib/page/release';
import { reportFindings } from '@/lib/page/report';
import { answerPopup } from '@/lib/page/reveal';
import { isSiteDisabled, type Settings } from '@/lib/settings/settings';
import { getSettings, watchSettings } from '@/lib/settings/settings-storage';

/**
 * Dialwise in one frame, in the order its parts depend on each other. The text is read in blocks
 * (lib/scan/blocks) and sent to the finders in the background, so the page loads neither the parser
 * nor the carrier names. Findings become Ranges painted through the CSS Custom Highlight API, so the
 * page's DOM stays as written; the only node ever added is the hover card's shadow host. Each frame
 * reports its findings for the popup and the badge, and answers the popup's "reveal". Every part is
 * tied to `ctx`, so an extension update or reload leaves no mark, listener or card behind (the
 * manifest's stylesheet of the marks' look stays in a page Chromium had open until it reloads).
 */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  let settings = (await getSettings()).settings;
  let page = pageFacts(settings);

  // The page's facts are read per request, so a settings change applies to the next scan.
  const marking = new PageMarking(ctx, (texts) => findingsFromBackground(texts, page));
  reportFindings(ctx, marking, { reportEmpty: window === window.top, pageRegion: () => page.region });
  const hover = watchHover(ctx, {
    marking,
    card: new CardHost(ctx),
    delayMs: () => settings.hoverDelayMs,
    page: () => page,
  });
  answerPopup(ctx, marking);

  const apply = (next: Settings) => {
    const previousRegion = page.region;
    settings = next;
    page = pageFacts(next);
    const enabled = !isSiteDisabled(location.hostname, next);
    if (!enabled) hover.dismiss();
    marking.update({ enabled, style: next.highlightStyle, regionChanged: page.region !== previousRegion });
  };
  apply(settings);
  releaseOnInvalidated(ctx, watchSettings(apply));
  ctx.addEventListener(window, 'wxt:locationchange', () => marking.rescan());
}
