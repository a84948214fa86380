import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type KeyInput, type Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import type {
  BrowserDriver,
  DriverBrowser,
  DriverFrame,
  DriverPage,
  ExtensionDriver,
  InPage,
  LaunchOptions,
  OpenOptions,
} from './driver.ts';

/** The extension API as Firefox names it in extension pages. */
declare const browser: WxtBrowser;

export const firefoxBuild = resolve('.output/firefox-mv2');

/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const geckoId = 'dialwise@dialwise.dev';

/**
 * Firefox gives each add-on a random moz-extension:// host per profile; this pref fixes it, so
 * tests can open the add-on's pages by address.
 */
export const extensionUuid = '6c6f8e2a-1b1d-4d0e-9a53-1f0d1a7c2b11';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

/** Firefox ESR from Debian; puppeteer needs an absolute path, not a command name. */
export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return execFileSync('sh', ['-c', 'command -v firefox-esr || command -v firefox'], {
    encoding: 'utf8',
  }).trim();
}

/** Prefs for every test Firefox, with the add-on or without it. */
export const testPrefs = {
  // Keep Firefox's own background traffic off: the test machine has no network.
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  // Firefox holds a page's timers back until it has loaded (up to 10 s). The hostile-page battery
  // finds blocked tasks by the gaps in a timer loop, so timers must run when they are due.
  'dom.timeout.defer_during_load': false,
};

/**
 * Launches headless Firefox over WebDriver BiDi with the Firefox build installed as a temporary
 * add-on. `env` adds to the browser's environment (e.g. the profiler's, see gecko-profile.ts).
 */
export async function launchFirefoxWithExtension(
  options: { env?: Record<string, string> } = {},
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    ...(options.env && { env: { ...process.env, ...options.env } }),
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it
    // (isWebdriverSafeNavigationURL in Firefox's remote agent).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1000, height: 700 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      ...testPrefs,
    },
  });
  await browser.installExtension(firefoxBuild);
  return browser;
}

/**
 * Opens one of the add-on's own pages in a new tab, behind the others when `background`. The load
 * happens in the extension process, so puppeteer never sees its load event: wait for the document.
 */
export async function openExtensionPage(browser: Browser, path: string, background = false): Promise<Page> {
  const page = await browser.newPage({ background });
  const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2_000 }).catch(() => undefined);
  await page.waitForFunction(
    (wanted) => location.href === wanted && document.readyState !== 'loading',
    {},
    url,
  );
  return page;
}

export async function screenshot(page: Page, file: string): Promise<void> {
  await mkdir(dirname(resolve(file)), { recursive: true });
  await page.screenshot({ path: file });
}

/** Firefox's MV2 badge API, which returns a promise (the Chrome types give its callback form). */
interface Mv2Browser {
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** A puppeteer frame for the shared scenarios. */
function driverFrame(frame: Frame): DriverFrame {
  return {
    url: () => frame.url(),
    evaluate: <A, R>(fn: InPage<A, R>, arg: A) =>
      frame.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
    evaluateExpression: <T>(expression: string) => frame.evaluate(expression) as Promise<T>,
    waitFor: async <A>(fn: InPage<A, unknown>, arg: A, timeoutMs?: number) => {
      await frame.waitForFunction(fn as (arg: unknown) => unknown, { timeout: timeoutMs }, arg);
    },
  };
}

/** Wraps an open puppeteer page for the shared scenarios. */
function driverPage(page: Page, errors: string[] = [], dialogs: string[] = []): DriverPage {
  return {
    ...driverFrame(page.mainFrame()),
    childFrames: () =>
      page
        .frames()
        .filter((frame) => frame !== page.mainFrame())
        .map(driverFrame),
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.locator(selector).fill(text),
    // The scenarios name keys as both libraries do ("Escape").
    press: (key) => page.keyboard.press(key as KeyInput),
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: (file) => screenshot(page, file),
    errors,
    dialogs,
    close: () => page.close(),
  };
}

/** Opens `url` in a new tab of `firefox`, as the shared scenarios see a page. */
async function openIn(firefox: Browser, url: string, options: OpenOptions = {}): Promise<DriverPage> {
  const page = await firefox.newPage();
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
  if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
  await page.goto(url, { timeout: options.timeoutMs });
  return driverPage(page, errors, dialogs);
}

/** The add-on in Firefox, for the scenarios shared with Chromium. */
export const firefoxDriver: BrowserDriver = {
  name: 'Firefox',
  async launch(options: LaunchOptions = {}): Promise<ExtensionDriver> {
    const firefox = await launchFirefoxWithExtension(options);
    // Firefox runs the add-on's background in a page tests cannot reach: its API is called from an
    // add-on page instead, opened on first use (a profiled run must see no add-on page's script) and
    // in the background, so the page under test stays in front and its timers and frames keep running.
    let controlPage: Promise<Page> | undefined;
    const control = () => {
      controlPage ??= openExtensionPage(firefox, 'popup.html?format=', true);
      return controlPage;
    };
    const inAddOn = async <A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> =>
      (await control()).evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>;
    const openAddOnPage = async (path: string) => driverPage(await openExtensionPage(firefox, path));
    const tabIdOf = async (page: DriverPage) => {
      // Opened first, so the add-on page's tab does not come to the front after `page`.
      await control();
      await page.bringToFront();
      const id = await inAddOn(async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab?.id ?? -1;
      }, null);
      if (id < 0) throw new Error('no active tab found');
      return id;
    };
    return {
      name: 'Firefox',
      patienceMs: 15_000,
      openPage: (url, openOptions) => openIn(firefox, url, openOptions),
      openExtensionPage: openAddOnPage,
      tabIdOf,
      async openPopupFor(page) {
        const tabId = await tabIdOf(page);
        const popup = await openAddOnPage(`popup.html?tabId=${tabId}`);
        await popup.bringToFront();
        return { popup, tabId };
      },
      badgeText: (tabId) =>
        inAddOn((id) => (browser as unknown as Mv2Browser).browserAction.getBadgeText({ tabId: id }), tabId),
      sendToTab: (tabId, message) =>
        inAddOn(([id, sent]) => browser.tabs.sendMessage(id, sent), [tabId, message] as const),
      storageGet: (key) =>
        inAddOn((name) => browser.storage.local.get(name).then((items) => items[name]), key),
      storageSet: (items) => inAddOn((value) => browser.storage.local.set(value), items),
      sessionStorageJson: (key) =>
        inAddOn((name) => browser.storage.session.get(name).then((items) => JSON.stringify(items)), key),
      close: () => firefox.close(),
    };
  },
  async launchPlain(): Promise<DriverBrowser> {
    const plain = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: { width: 1000, height: 700 },
      extraPrefsFirefox: testPrefs,
    });
    return { openPage: (url, options) => openIn(plain, url, options), close: () => plain.close() };
  },
};
