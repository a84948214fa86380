/**
 * When the card opens and closes. It opens after the pointer rests on a mark for the hover
 * delay, stays while the pointer is on the mark or on the card, and closes a moment after the
 * pointer leaves both, so the pointer can cross the gap from the text to the card.
 */

import type { Timers } from './timers';

export interface HoverActions<M> {
  open(mark: M): void;
  close(): void;
}

/** Time to cross from the text to the card before it closes. */
export const leaveGraceMs = 250;

export class HoverIntent<M> {
  private shown: M | null = null;
  private waitingFor: M | null = null;
  private openTimer: number | null = null;
  private closeTimer: number | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly actions: HoverActions<M>,
    private readonly delayMs: () => number,
  ) {}

  get open(): M | null {
    return this.shown;
  }

  /** Where the pointer is now: over a mark (or null), and whether it is over the card. */
  pointAt(mark: M | null, overCard: boolean): void {
    if (overCard || (mark !== null && mark === this.shown)) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (mark === null) {
      this.cancelOpen();
      if (this.shown !== null && this.closeTimer === null) {
        this.closeTimer = this.timers.set(() => {
          this.closeTimer = null;
          this.dismiss();
        }, leaveGraceMs);
      }
      return;
    }
    if (mark === this.waitingFor) return;
    this.cancelOpen();
    this.waitingFor = mark;
    this.openTimer = this.timers.set(() => {
      this.openTimer = null;
      this.waitingFor = null;
      this.cancelClose();
      this.shown = mark;
      this.actions.open(mark);
    }, this.delayMs());
  }

  /** Closes now: Esc, scroll, the card's close button, or the mark went away. */
  dismiss(): void {
    this.cancelOpen();
    this.cancelClose();
    if (this.shown === null) return;
    this.shown = null;
    this.actions.close();
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.timers.clear(this.openTimer);
    this.openTimer = null;
    this.waitingFor = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.timers.clear(this.closeTimer);
    this.closeTimer = null;
  }
}
