import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  screenshot,
  waitForHighlights,
} from './support/chromium.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

describe('the options page', () => {
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

  const openOptions = async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return options;
  };

  // First, while storage is empty: README's screenshot shows the page as a new user finds it.
  it('opens on the default settings with no error, as README shows it', async () => {
    const options = await openOptions();
    await options.getByLabel('Home region').waitFor({ timeout: 10_000 });
    assert.equal(await options.getByRole('alert').count(), 0, 'no error banner');
    await screenshot(options, 'docs/options.png');
    await options.close();
  });

  it('turns a site off and on again in an open page, without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('content-zh.html'));
    await waitForHighlights(page, 'dialwise-phone', 1);
    const marks = () => page.evaluate(() => CSS.highlights.get('dialwise-phone')?.size ?? 0);

    const options = await openOptions();
    await options.getByPlaceholder('Site (for example example.com)').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByText('127.0.0.1', { exact: true }).waitFor();
    await page.waitForFunction(() => (CSS.highlights.get('dialwise-phone')?.size ?? 0) === 0, undefined, {
      timeout: 10_000,
    });

    await options.getByRole('button', { name: 'Turn Dialwise back on for 127.0.0.1' }).click();
    await waitForHighlights(page, 'dialwise-phone', 1);
    assert.ok((await marks()) > 0);
    await options.close();
    await page.close();
  });

  it('keeps the readable stored settings and resets only the corrupt ones', async () => {
    const worker = await browser.worker();
    await worker.evaluate(() =>
      chrome.storage.local.set({
        settings: JSON.parse(
          '{"__proto__":{"homeRegion":"JP"},"homeRegion":"HK","uiLanguage":42,"highlightStyle":"background","hoverDelayMs":"slow","disabledSites":["bank.example",7]}',
        ),
        settings$: { v: 2 },
      }),
    );
    const options = await openOptions();
    await options.getByRole('alert').waitFor({ timeout: 10_000 });
    const alert = (await options.getByRole('alert').textContent()) ?? '';
    for (const field of ['Language', 'Card delay on hover', 'Sites where Dialwise is off']) {
      assert.ok(alert.includes(field), alert);
    }
    assert.ok(!alert.includes('Home region'), alert);
    assert.equal(await options.getByLabel('Home region').inputValue(), 'HK');
    assert.ok(await options.locator('input[value="background"]').isChecked());
    await options.getByText('300 ms').waitFor();
    await options.getByText('bank.example', { exact: true }).waitFor();
    await options.close();
  });
});
