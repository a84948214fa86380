import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  goWithin,
  launchFirefoxWithExtension,
  openExtensionPage,
  screenshot,
  tabIdOf,
  waitForMarked,
} from './support/firefox.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** The parts of Firefox's extension API these tests call from the add-on's pages (MV2: browserAction). */
declare const browser: {
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

describe('the popup in Firefox', () => {
  let firefox: Browser;
  let server: FixtureServer;

  before(async () => {
    server = await serveFixtures();
    firefox = await launchFirefoxWithExtension();
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await firefox.newPage();
    await page.goto(server.url(path));
    await page.waitForFunction(() => CSS.highlights.has('dialwise-phone'), { timeout: 15_000 });
    return page;
  }

  it('lists the page numbers and carriers in the popup, as many numbers as the badge counts', async () => {
    const extensionPage = await openExtensionPage(firefox, 'popup.html?format=');
    // Settings first: a change of home region while the page is open makes it scan again.
    await extensionPage.evaluate(() =>
      browser.storage.local.set({ settings: { homeRegion: 'US', uiLanguage: 'en' }, settings$: { v: 2 } }),
    );
    const page = await open('content-zh.html');
    await waitForMarked(page, 'dialwise-phone', '010-6552 9988');
    await waitForMarked(page, 'dialwise-phone', '10086');
    const tabId = await tabIdOf(extensionPage, page);
    await goWithin(extensionPage, `popup.html?tabId=${tabId}`);
    const popup = extensionPage;
    await popup.bringToFront();
    await popup.waitForFunction(() => document.querySelectorAll('.dw-carrier-item').length >= 2, {
      timeout: 15_000,
    });
    const { numbers, carriers, headings } = await popup.evaluate(() => ({
      numbers: [...document.querySelectorAll('.dw-finding-main')].map((node) => node.textContent),
      carriers: [...document.querySelectorAll('.dw-carrier-item')].map((node) => node.textContent ?? ''),
      headings: document.body.innerText,
    }));
    assert.ok(headings.includes('Numbers on this page'), headings);
    assert.ok(headings.includes('Carriers on this page'), headings);
    for (const text of ['+86 138 0013 8000', '+86 10 6552 9988', '10086', '10010']) {
      assert.ok(numbers.includes(text), `${text} not in ${JSON.stringify(numbers)}`);
    }
    for (const name of ['China Mobile', 'China Unicom']) {
      assert.ok(
        carriers.some((text) => text.includes(name)),
        `${name} not in ${JSON.stringify(carriers)}`,
      );
    }
    const badge = await popup.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, String(numbers.length));
    await screenshot(popup, 'docs/popup-firefox.png');
    await popup.close();
    await page.close();
  });

  // Without a host permission the browser does not tell the popup a tab's address; the background
  // keeps the top frame's address from its content script's messages.
  it('offers the per-site switch for the page in the popup', async () => {
    const extensionPage = await openExtensionPage(firefox, 'popup.html?format=');
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    const tabId = await tabIdOf(extensionPage, page);
    await goWithin(extensionPage, `popup.html?tabId=${tabId}`);
    await extensionPage.waitForFunction(
      () => document.querySelector('.dw-switch')?.textContent?.includes('127.0.0.1'),
      { timeout: 5_000 },
    );
    await extensionPage.close();
    await page.close();
  });
});
