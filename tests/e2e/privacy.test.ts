import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type ExtensionBrowser, launchWithExtension, openPopup, tabIdOf } from './support/chromium.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

declare const chrome: {
  runtime: {
    getManifest(): { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[] };
  };
};

/**
 * Every launch of the extension fails on close when a request left the browser (support/chromium.ts).
 * These tests prove that recorder sees each extension context, using a second local server as a
 * stand-in for the outside world, and pin the permissions the manifest asks for.
 */
describe('privacy', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let outside: FixtureServer;

  before(async () => {
    server = await serveFixtures();
    outside = await serveFixtures();
    browser = await launchWithExtension();
  });
  after(async () => {
    // The probes below went "outside" on purpose; the recorder must have seen them, and nothing else.
    const seen = browser.outboundRequests.splice(0);
    await browser.close();
    await server.close();
    await outside.close();
    assert.deepEqual(
      seen.filter((url) => !url.includes('/probe-')),
      [],
      `unexpected requests: ${seen.join(', ')}`,
    );
  });

  const outsideUrl = (name: string) => outside.url(`probe-${name}`).replace('127.0.0.1', 'localhost');

  it('sees requests made by the service worker', async () => {
    const worker = await browser.worker();
    await worker.evaluate((url) => fetch(url).catch(() => null), outsideUrl('worker'));
    await waitFor(() => browser.outboundRequests.some((url) => url.includes('probe-worker')));
  });

  it('sees requests made by an extension page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('smoke.html'));
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.evaluate((url) => fetch(url).catch(() => null), outsideUrl('popup'));
    await waitFor(() => browser.outboundRequests.some((url) => url.includes('probe-popup')));
  });

  it('sees requests made from a page, where content scripts run', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('smoke.html'));
    await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => null), outsideUrl('page'));
    await waitFor(() => browser.outboundRequests.some((url) => url.includes('probe-page')));
  });

  it('asks only for the permissions it uses, and no host permissions', async () => {
    const worker = await browser.worker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.permissions?.sort(), ['alarms', 'contextMenus', 'storage']);
    // Notifications only when the reader turns keep-number reminders on.
    assert.deepEqual(manifest.optional_permissions, ['notifications']);
    assert.equal(manifest.host_permissions, undefined);
  });
});

async function waitFor(condition: () => boolean, timeout = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error('the request recorder did not see the request');
    await new Promise((done) => setTimeout(done, 50));
  }
}
