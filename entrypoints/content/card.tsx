import { computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import type { ComponentProps } from 'preact';
import { render } from 'preact';
import { type ContentScriptContext, createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import { HoverCard } from '@/components/HoverCard';

export type CardProps = Omit<ComponentProps<typeof HoverCard>, 'onClose'>;

/** The card host's tag name: a contract, and the one node Dialwise adds to a page. */
export const cardHostName = 'dialwise-card';

/**
 * The hover card: one shadow-root host per page, created on the first hover, so page CSS cannot
 * reach the card and pages nobody hovers get no node at all.
 */
export class CardHost {
  private ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  /** Bumped by every show and hide, so a slow show that was overtaken does nothing. */
  private turn = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClose: () => void,
  ) {}

  /** Whether an event target (retargeted at the host outside the shadow root) is the card. */
  isCard(target: EventTarget | null): boolean {
    return target instanceof Element && target.localName === cardHostName;
  }

  async show(anchor: Range, props: CardProps): Promise<void> {
    const turn = ++this.turn;
    const ui = await this.mounted();
    if (turn !== this.turn) return;
    render(
      <div class="dw-float">
        <HoverCard {...props} onClose={this.onClose} />
      </div>,
      ui.uiContainer,
    );
    const float = ui.uiContainer.querySelector<HTMLElement>('.dw-float');
    if (!float) return;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    const { x, y } = await computePosition(reference, float, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(), offset(6), flip(), shift({ padding: 8 })],
    });
    if (turn !== this.turn) return;
    float.style.left = `${x}px`;
    float.style.top = `${y}px`;
  }

  hide(): void {
    this.turn++;
    void this.ui?.then((ui) => render(null, ui.uiContainer));
  }

  private mounted(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.ui ??= createShadowRootUi(this.ctx, {
      name: cardHostName,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => container,
      // Unmounts the card's components (and their timers) when WXT removes the host.
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((ui) => {
      ui.mount();
      return ui;
    });
    return this.ui;
  }
}
