import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { centreOfText } from './page-geometry.ts';

/** The extension API as Chromium's service worker names it. */
declare const chrome: WxtBrowser;

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromeBuild = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  /** Requests that left the browser for anything but a fixture server, from pages or the extension. */
  outboundRequests: string[];
  /** Closes the browser and throws if any request left it during the run. */
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with the built extension loaded.
 * The flags keep Chromium's own background traffic (updates, sync, field trials) off,
 * so every request seen comes from a page or the extension.
 */
export async function launchWithExtension(options: { locale?: string } = {}): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: false,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1000, height: 700 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${chromeBuild}`,
      `--load-extension=${chromeBuild}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  const outboundRequests: string[] = [];
  context.on('request', (request) => {
    if (leavesTheBrowser(request.url())) outboundRequests.push(request.url());
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  const worker = async (): Promise<Worker> => {
    const live = context
      .serviceWorkers()
      .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live ?? context.waitForEvent('serviceworker');
  };
  const close = async () => {
    await context.close();
    if (outboundRequests.length > 0) {
      throw new Error(`requests left the browser: ${[...new Set(outboundRequests)].join(', ')}`);
    }
  };
  return { context, extensionId, worker, outboundRequests, close };
}

/**
 * Whether a request goes anywhere but the fixture servers (always on 127.0.0.1). Extension
 * resources, data: and blob: URLs stay inside the browser.
 */
export function leavesTheBrowser(url: string): boolean {
  if (!/^(https?|wss?|ftp):/i.test(url)) return false;
  return new URL(url).hostname !== '127.0.0.1';
}

/** The tab id Chromium gave the page, read from the extension's service worker. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await browser.worker();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab found');
  return id;
}

/** Opens the popup in an ordinary tab, pointed at the given page's tab. */
export async function openPopup(browser: ExtensionBrowser, tabId: number, query = ''): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}${query}`);
  return popup;
}

export interface HighlightedText {
  name: string;
  texts: string[];
}

/** Reads the extension's highlights from the page's main world: one registry per document. */
export async function readHighlights(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((range) => range.toString());
  }, name);
}

/** Waits until a highlight holds at least `count` ranges. */
export async function waitForHighlights(
  page: Page,
  name: string,
  count: number,
  timeout = 10_000,
): Promise<void> {
  await page.waitForFunction(
    ([highlightName, atLeast]) =>
      (CSS.highlights.get(highlightName as string)?.size ?? 0) >= (atLeast as number),
    [name, count] as const,
    { timeout },
  );
}

/** Moves the pointer onto the middle of the first occurrence of `text` in the page. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(centreOfText, text);
  if (!point) throw new Error(`text not on page: ${text}`);
  await page.mouse.move(point.x, point.y);
}

export async function screenshot(page: Page, file: string): Promise<void> {
  await mkdir(dirname(resolve(file)), { recursive: true });
  await page.screenshot({ path: file });
}
