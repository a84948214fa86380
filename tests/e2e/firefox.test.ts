import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchFirefoxWithExtension } from './support/firefox.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

describe('the extension in Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;

  before(async () => {
    server = await serveFixtures();
    browser = await launchFirefoxWithExtension();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script on a fixture page and marks the number', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('smoke.html'));
    await page.waitForFunction(() => (CSS.highlights.get('dialwise-phone')?.size ?? 0) >= 1, {
      timeout: 15_000,
    });
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('dialwise-phone') ?? [])].map((range) => range.toString()),
    );
    assert.ok(marked.includes('+44 20 7925 0918'), `marked: ${JSON.stringify(marked)}`);
  });
});
