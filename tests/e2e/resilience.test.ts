import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WxtBrowser } from 'wxt/browser';
import {
  type ExtensionBrowser,
  hoverText,
  launchWithExtension,
  openPopup,
  tabIdOf,
  waitForHighlights,
} from './support/chromium.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

declare const chrome: WxtBrowser;

/**
 * Chromium stops an idle extension service worker after about 30 s and starts a new one on the next
 * event; whatever the worker kept only in memory is gone then. These tests stop it on purpose, from
 * chrome://serviceworker-internals (CDP's ServiceWorker domain does not reach extension workers).
 */
describe('resilience in Chromium', () => {
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

  /** Stops the worker and waits until Chromium reports it stopped; a message in flight can restart it, so it retries. */
  async function stopServiceWorker(): Promise<void> {
    const internals = await browser.context.newPage();
    const registration = internals.locator('.serviceworker-registration', {
      hasText: `chrome-extension://${browser.extensionId}/`,
    });
    for (let attempt = 0; attempt < 5; attempt++) {
      await internals.goto('chrome://serviceworker-internals/');
      await registration
        .getByText(/^(RUNNING|STOPPED|STARTING)$/)
        .first()
        .waitFor({ timeout: 10_000 });
      await registration.locator('[data-command="stop"]').first().click();
      const stopped = await registration
        .getByText('STOPPED', { exact: true })
        .waitFor({ timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
      if (stopped) {
        await internals.close();
        return;
      }
    }
    throw new Error('the service worker did not stop');
  }

  it('keeps every finding and the badge when the service worker is stopped mid-session', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('content-en.html'));
    await waitForHighlights(page, 'dialwise-phone', 3);
    const tabId = await tabIdOf(browser, page);
    const before = await openPopup(browser, tabId);
    await before.locator('.dw-finding').first().waitFor({ timeout: 10_000 });
    const listed = await before.locator('.dw-finding-main').allTextContents();
    await before.close();

    await stopServiceWorker();

    const after = await openPopup(browser, tabId);
    await after.locator('.dw-finding').first().waitFor({ timeout: 10_000 });
    assert.deepEqual(await after.locator('.dw-finding-main').allTextContents(), listed);
    const badge = await after.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, String(listed.length));
    await after.close();
    await page.close();
  });

  it('marks a page that changes after the worker was stopped, with a new worker parsing its numbers', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('content-en.html'));
    await waitForHighlights(page, 'dialwise-phone', 3);
    const count = await page.evaluate(() => CSS.highlights.get('dialwise-phone')?.size ?? 0);
    await stopServiceWorker();
    await page.evaluate(() => {
      const line = document.createElement('p');
      line.textContent = 'New branch: +852 2880 2688';
      document.body.append(line);
    });
    await waitForHighlights(page, 'dialwise-phone', count + 1);
    await page.close();
  });

  // Last: Chromium unloads an extension loaded from the command line when it reloads itself, so
  // nothing runs after this. What it shows is what an update leaves in pages that stay open.
  it('leaves no marks, stylesheet or card behind in open pages once the extension has reloaded', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${String(error)} ${error.stack ?? ''}`));
    await page.goto(server.url('content-en.html'));
    await waitForHighlights(page, 'dialwise-phone', 3);
    await hoverText(page, '(650) 253-0000');
    await page.waitForFunction(() =>
      document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-card'),
    );
    const worker = await browser.worker();
    await worker.evaluate(() => {
      setTimeout(() => chrome.runtime.reload(), 50);
    });
    // The orphaned content script learns it was cut off on its next event (WXT checks the runtime
    // in every listener and timer it wraps), then takes everything down.
    await page.waitForTimeout(1_000);
    await page.mouse.move(5, 5);
    await page.waitForFunction(
      () =>
        !CSS.highlights.has('dialwise-phone') &&
        !CSS.highlights.has('dialwise-carrier') &&
        document.adoptedStyleSheets.length === 0 &&
        !document.querySelector('dialwise-card'),
      undefined,
      { timeout: 10_000 },
    );
    assert.deepEqual(errors, []);
  });
});
