import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { type CpuProfile, timeIn } from './cpu-profile.ts';
import type {
  BrowserDriver,
  DriverBrowser,
  DriverFrame,
  DriverPage,
  ExtensionDriver,
  InPage,
  OpenOptions,
} from './driver.ts';
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
  return activeTabId(browser);
}

/** The id of the tab in front, as the extension's service worker sees it. */
async function activeTabId(browser: ExtensionBrowser): Promise<number> {
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

/** A Playwright frame for the shared scenarios. */
function driverFrame(frame: Frame): DriverFrame {
  return {
    url: () => frame.url(),
    // Playwright types the argument as it arrives in the page; the scenarios pass plain data.
    evaluate: <A, R>(fn: InPage<A, R>, arg: A) => frame.evaluate(fn as (arg: unknown) => R, arg),
    evaluateExpression: <T>(expression: string) => frame.evaluate(expression) as Promise<T>,
    waitFor: async <A>(fn: InPage<A, unknown>, arg: A, timeoutMs?: number) => {
      await frame.waitForFunction(fn as (arg: unknown) => unknown, arg, { timeout: timeoutMs });
    },
  };
}

/** Opens `url` in a new tab of `context`, as the shared scenarios see a page. */
async function openIn(context: BrowserContext, url: string, options: OpenOptions = {}): Promise<DriverPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  if (options.record) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(url, { timeout: options.timeoutMs });
  return {
    ...driverFrame(page.mainFrame()),
    childFrames: () =>
      page
        .frames()
        .filter((frame) => frame !== page.mainFrame())
        .map(driverFrame),
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: (file) => screenshot(page, file),
    errors,
    dialogs,
    close: () => page.close(),
  };
}

/** The extension in Chromium, for the scenarios shared with Firefox. */
export const chromiumDriver: BrowserDriver = {
  name: 'Chromium',
  async launch(): Promise<ExtensionDriver> {
    const browser = await launchWithExtension();
    const backgroundErrors: string[] = [];
    (await browser.worker()).on('console', (message) => {
      if (message.type() === 'error') backgroundErrors.push(message.text());
    });
    const inWorker = async <A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> =>
      (await browser.worker()).evaluate(fn as (arg: unknown) => Promise<R>, arg);
    const openExtensionPage = (path: string) =>
      openIn(browser.context, `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`);
    const tabIdOf = async (page: DriverPage) => {
      await page.bringToFront();
      return activeTabId(browser);
    };
    const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
    return {
      name: 'Chromium',
      patienceMs: 10_000,
      openPage: (url, options) => openIn(browser.context, url, options),
      openExtensionPage,
      tabIdOf,
      async openPopupFor(page) {
        const tabId = await tabIdOf(page);
        return { popup: await openExtensionPage(`popup.html?tabId=${tabId}`), tabId };
      },
      badgeText: (tabId) => inWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      sendToTab: (tabId, message) =>
        inWorker(([id, sent]) => chrome.tabs.sendMessage(id, sent), [tabId, message] as const),
      storageGet: (key) =>
        inWorker((name) => chrome.storage.local.get(name).then((items) => items[name]), key),
      storageSet: (items) => inWorker((value) => chrome.storage.local.set(value), items),
      sessionStorageJson: (key) =>
        inWorker((name) => chrome.storage.session.get(name).then((items) => JSON.stringify(items)), key),
      backgroundErrors,
      async longestExtensionStretch(url, settled, timeoutMs) {
        const page = await browser.context.newPage();
        try {
          const cdp = await browser.context.newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          await page.goto(url, { timeout: timeoutMs });
          await page.waitForFunction(settled, null, { timeout: timeoutMs, polling: 100 });
          const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
          return Math.round(timeIn(profile, (script) => script.startsWith(extensionOrigin)).longest);
        } finally {
          await page.close();
        }
      },
      close: () => browser.close(),
    };
  },
  // Launched plainly, not as the persistent headless context the extension runs in, and the two lay
  // pages out differently: the 100,000-number page's own longest frame ran 256–473 ms here against
  // 214–227 ms in that context, where Dialwise's frames (199–296 ms) went over the page's own plus
  // 50 ms in one pair of runs of four. The battery's Chromium allowance is the looser for it.
  async launchPlain(): Promise<DriverBrowser> {
    const plain = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    const context = await plain.newContext({ viewport: { width: 1000, height: 700 } });
    return { openPage: (url, options) => openIn(context, url, options), close: () => plain.close() };
  },
};
