import type { ContentScriptContext } from '#imports';
import { getSettings, isSiteDisabled, type Settings, watchSettings } from '@/lib/settings';
import { CardHost } from './card';
import { cardContentFor } from './card-content';
import { findingsFromBackground } from './engine-client';
import { watchHover } from './hover';
import { type Marking, startMarking } from './marking';
import { pageFacts } from './page-facts';
import { releaseOnInvalidated } from './release';
import { findingsReporter } from './report';
import { listenForReveal } from './reveal';

/**
 * Dialwise in one frame. The text is read in blocks (lib/scan/blocks) and sent to the finders in
 * the background (engine-client), so the page loads neither the parser nor the carrier names.
 * Findings become Ranges painted through the CSS Custom Highlight API, so the page's DOM stays as
 * written; the only node ever added is the hover card's shadow host. Each frame reports its
 * findings to the background for the popup and the badge, and answers the popup's "reveal".
 */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  let settings = (await getSettings()).settings;
  let page = pageFacts(settings);
  let marking: Marking | null = null;
  // The region is read per request, so a settings change applies to the next scan.
  const find = (texts: string[]) => findingsFromBackground(texts, page.region);
  const changed = findingsReporter(ctx, () => [...(marking?.marks.all() ?? [])].map((mark) => mark.finding), {
    reportEmpty: window === window.top,
  });
  changed();

  const card = new CardHost(ctx, () => hover.dismiss());
  const hover = watchHover(ctx, {
    marking: () => marking,
    card,
    delayMs: () => settings.hoverDelayMs,
    open: (mark) =>
      void cardContentFor(mark.finding, page)
        .then((content) =>
          content && hover.open === mark
            ? card.show(mark.range, { content, homeRegion: page.homeRegion, language: page.locale })
            : undefined,
        )
        // A card that cannot open leaves the page as it was.
        .catch(() => {}),
  });

  const apply = (next: Settings) => {
    const region = page.region;
    settings = next;
    page = pageFacts(next);
    if (isSiteDisabled(location.hostname, next)) {
      hover.dismiss();
      marking?.stop();
      marking = null;
      return;
    }
    if (!marking) marking = startMarking(ctx, { find, style: next.highlightStyle, changed });
    else if (page.region !== region) marking.rescan();
    marking.setStyle(next.highlightStyle);
  };
  apply(settings);
  releaseOnInvalidated(ctx, watchSettings(apply));
  ctx.addEventListener(window, 'wxt:locationchange', () => marking?.rescan());

  listenForReveal(ctx, () => marking?.marks ?? null);
}
