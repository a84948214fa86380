import {
  browser,
  type ContentScriptContext,
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from '#imports';
import { cardHostName } from '../scan/card-host-name';
import type { CardProps, CardView } from './card-content';

/**
 * The card's code (entrypoints/hover-card.ts), an ES module the manifest lists as web-accessible,
 * imported on the first hover: it holds Preact, the components and the UI catalogs, which would
 * otherwise load and run on every page.
 */
function loadCardView(): Promise<CardView> {
  return import(/* @vite-ignore */ browser.runtime.getURL('/hover-card.js')).then(
    (module: { default: CardView }) => module.default,
  );
}

/**
 * The hover card: one shadow-root host per page, created on the first hover, so page CSS cannot
 * reach the card and pages nobody hovers get no node at all.
 */
export class CardHost {
  private ui: Promise<{ ui: ShadowRootContentScriptUi<HTMLElement>; view: CardView }> | null = null;
  /** Bumped by every show and hide, so a slow show that was overtaken does nothing. */
  private turn = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Whether an event target (retargeted at the host outside the shadow root) is the card. */
  isCard(target: EventTarget | null): boolean {
    return target instanceof Element && target.localName === cardHostName;
  }

  /** Shows the card by `anchor`; `onClose` runs when the reader closes it from inside (Esc, the close button). */
  async show(anchor: Range, props: CardProps, onClose: () => void): Promise<void> {
    const turn = ++this.turn;
    const { ui, view } = await this.mounted();
    if (turn !== this.turn) return;
    await view.show(ui.uiContainer, anchor, props, onClose, () => turn === this.turn);
  }

  /** Loads the card's code and mounts its empty host, ahead of the first show. */
  prepare(): void {
    if (this.ui === null) void this.mounted().catch(() => {});
  }

  hide(): void {
    this.turn++;
    void this.ui?.then(({ ui, view }) => view.clear(ui.uiContainer));
  }

  private mounted(): Promise<{ ui: ShadowRootContentScriptUi<HTMLElement>; view: CardView }> {
    this.ui ??= loadCardView().then(async (view) => {
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
      return { ui, view };
    });
    return this.ui;
  }
}
