import type { DriverPage } from './driver.ts';

/** Waits until the page's rendered text (`innerText`, so nothing hidden) contains `text`. */
export function waitForText(page: DriverPage, text: string, timeoutMs?: number): Promise<void> {
  return page.waitFor((wanted) => document.body?.innerText.includes(wanted) ?? false, text, timeoutMs);
}
