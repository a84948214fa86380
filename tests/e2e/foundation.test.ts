import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopup,
  screenshot,
  tabIdOf,
  waitForHighlights,
} from './support/chromium.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

describe('the extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  before(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads its service worker from the built folder', () => {
    assert.match(browser.extensionId, /^[a-p]{32}$/);
  });

  it('renders the popup for that page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('smoke.html'));
    await waitForHighlights(page, 'dialwise-phone', 1);
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(browser, tabId);
    await popup.getByText('+44 20 7925 0918').first().waitFor({ timeout: 10_000 });
    await screenshot(popup, 'docs/popup-smoke.png');
  });
});
