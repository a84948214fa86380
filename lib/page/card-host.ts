import {
  browser,
  type ContentScriptContext,
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from '#imports';
import type { Finding } from '../finding';
import { cardHostName } from '../scan/card-host-name';
import type { CardModule, CardPage } from './card-content';

/**
 * The card's code (entrypoints/hover-card.ts), an ES module the manifest lists as web-accessible,
 * imported on the first hover: it holds Preact, the components, the UI catalogs and the card's
 * requests, which would otherwise load and run on every page.
 */
function loadCardModule(): Promise<CardModule> {
  return import(/* @vite-ignore */ browser.runtime.getURL('/hover-card.js')).then(
    (module: { default: CardModule }) => module.default,
  );
}

/**
 * The hover card: one shadow-root host per page, created on the first hover, so page CSS cannot
 * reach the card and pages nobody hovers get no node at all.
 */
export class CardHost {
  private ui: Promise<{ ui: ShadowRootContentScriptUi<HTMLElement>; card: CardModule }> | null = null;
  /** Bumped by every show and hide, so a slow show that was overtaken does nothing. */
  private turn = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Whether an event target (retargeted at the host outside the shadow root) is the card. */
  isCard(target: EventTarget | null): boolean {
    return target instanceof Element && target.localName === cardHostName;
  }

  /**
   * Shows the card for a finding by `anchor`, unless another show or a hide overtakes it or there
   * is nothing to show; `onClose` runs when the reader closes it from inside (Esc, the close button).
   */
  async show(anchor: Range, finding: Finding, page: CardPage, onClose: () => void): Promise<void> {
    const turn = ++this.turn;
    const { ui, card } = await this.mounted();
    const content = await card.contentFor(finding, page);
    if (!content || turn !== this.turn) return;
    const props = { content, homeRegion: page.homeRegion, language: page.locale };
    await card.view.show(ui.uiContainer, anchor, props, onClose, () => turn === this.turn);
  }

  /** Loads the card's code and mounts its empty host, ahead of the first show. */
  prepare(): void {
    if (this.ui === null) void this.mounted().catch(() => {});
  }

  hide(): void {
    this.turn++;
    void this.ui?.then(({ ui, card }) => card.view.clear(ui.uiContainer));
  }

  private mounted(): Promise<{ ui: ShadowRootContentScriptUi<HTMLElement>; card: CardModule }> {
    this.ui ??= loadCardModule().then(async (card) => {
      const { view } = card;
      // Evaluating the module and building the host are separate tasks, so neither is a long one.
      await new Promise<void>((next) => this.ctx.setTimeout(next, 0));
      const ui = await createShadowRootUi(this.ctx, {
        name: cardHostName,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        isolateEvents: true,
        css: view.css,
        onMount: (container) => container,
        // Unmounts the card's components (and their timers) when WXT removes the host.
        onRemove: (container) => {
          if (container) view.clear(container);
        },
      });
      ui.mount();
      return { ui, card };
    });
    return this.ui;
  }
}
