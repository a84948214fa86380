import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { centreOfText } from './page-geometry.ts';

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
 * Opens one of the add-on's own pages in a new tab. The load happens in the extension process, so
 * puppeteer never sees its load event: wait for the document instead.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2_000 }).catch(() => undefined);
  await page.waitForFunction(
    (wanted) => location.href === wanted && document.readyState !== 'loading',
    {},
    url,
  );
  return page;
}

/** Points an open add-on page at another of the add-on's pages, from inside it. */
export async function goWithin(extensionPage: Page, path: string): Promise<void> {
  const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
  await extensionPage.evaluate((to) => {
    location.href = to;
  }, url);
  await extensionPage.waitForFunction(
    (wanted) => location.href === wanted && document.readyState !== 'loading',
    {},
    url,
  );
}

/**
 * The tab id Firefox gave `page`, asked from an add-on page while `page` is the active tab. Without
 * the "tabs" permission `tabs.query` hides every web page's URL, so the page cannot be matched by address.
 */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extensionPage.evaluate(async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab found');
  return id;
}

/** Reads a highlight's ranges as text from the page's main world: one registry per document. */
export async function readHighlights(target: Page | Frame, name: string): Promise<string[]> {
  return target.evaluate(
    (highlightName) => [...(CSS.highlights.get(highlightName) ?? [])].map((range) => range.toString()),
    name,
  );
}

/** Waits until a highlight holds a range reading exactly `text`. */
export async function waitForMarked(target: Page | Frame, name: string, text: string, timeout = 15_000) {
  await target.waitForFunction(
    (highlightName, wanted) =>
      [...(CSS.highlights.get(highlightName) ?? [])].some((range) => range.toString() === wanted),
    { timeout },
    name,
    text,
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
