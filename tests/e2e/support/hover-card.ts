import type { DriverPage } from './driver.ts';
import { centreOfText } from './page-geometry.ts';

/** Moves the pointer onto the middle of the first occurrence of `text` in the page. */
export async function hoverText(page: DriverPage, text: string): Promise<void> {
  const point = await page.evaluate(centreOfText, text);
  if (!point) throw new Error(`text not on page: ${text}`);
  await page.moveMouse(point.x, point.y);
}

/** The card's text, read through its open shadow root; empty while no card is shown. */
export function cardText(page: DriverPage): Promise<string> {
  return page.evaluate(
    () => document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-card')?.textContent ?? '',
    null,
  );
}

/**
 * Waits until the card shows a visible element whose whole text, spaces collapsed, is `text`: what
 * Playwright's exact getByText waits for, in a form both libraries can run.
 */
export function waitForCardShowing(page: DriverPage, text: string, timeoutMs?: number): Promise<void> {
  return page.waitFor(
    (wanted) => {
      const card = document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-card');
      if (!card) return false;
      return [card, ...card.querySelectorAll('*')].some((element) => {
        const box = element.getBoundingClientRect();
        return (
          element.textContent?.replace(/\s+/g, ' ').trim() === wanted &&
          box.width > 0 &&
          box.height > 0 &&
          getComputedStyle(element).visibility !== 'hidden'
        );
      });
    },
    text,
    timeoutMs,
  );
}

/** Waits until no card is open. */
export function waitForNoCard(page: DriverPage, timeoutMs?: number): Promise<void> {
  return page.waitFor(
    () => !document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-card'),
    null,
    timeoutMs,
  );
}
