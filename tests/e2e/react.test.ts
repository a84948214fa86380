import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { AppWindow } from '../fixtures/react/App.tsx';
import { renderPage } from '../fixtures/react/render.ts';
import { type ExtensionBrowser, launchWithExtension, readHighlights } from './support/chromium.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** Waits until a highlight holds a range reading exactly `text`. */
async function waitForMarked(page: Page, name: string, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ([highlightName, wanted]) =>
      [...(CSS.highlights.get(highlightName as string) ?? [])].some((range) => range.toString() === wanted),
    [name, text] as const,
    { timeout },
  );
}

/**
 * A page server-rendered with react-dom/server and hydrated with hydrateRoot: the extension must
 * leave the DOM exactly as React expects it, so hydration reports no mismatch, and marks must follow
 * React's later re-renders.
 */
describe('a React server-rendered page hydrated in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let site: string;

  before(async () => {
    site = await mkdtemp(join(tmpdir(), 'dialwise-react-'));
    // The development build of React, which reports hydration mismatches in the console.
    await build({
      entryPoints: [resolve('tests/fixtures/react/client.tsx')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(site, 'client.js'),
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'warning',
    });
    await writeFile(join(site, 'index.html'), renderPage('client.js'));
    server = await serveFixtures(site);
    browser = await launchWithExtension({ locale: 'en-GB' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (site) await rm(site, { recursive: true, force: true });
  });

  async function checkPage(late: boolean): Promise<void> {
    const page = await browser.context.newPage();
    const complaints: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        complaints.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => complaints.push(`pageerror: ${error.message}`));
    await page.goto(server.url(late ? 'index.html?late' : 'index.html'));
    if (late) {
      await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
      await page.evaluate(() => window.dispatchEvent(new Event('hydrate')));
    }
    await page.waitForFunction(() => (window as AppWindow).appHydrated === true, null, { timeout: 10_000 });

    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await waitForMarked(page, 'dialwise-phone', '+86 10 6552 9988');
    await waitForMarked(page, 'dialwise-phone', '+44 161 496 0000');
    await waitForMarked(page, 'dialwise-phone', '+1 650 253 0000');
    await waitForMarked(page, 'dialwise-carrier', 'China Mobile');
    const phones = await readHighlights(page, 'dialwise-phone');
    for (const text of ['+44 20 7946 0000', '+86 138 0013 8000']) {
      assert.ok(phones.includes(text), `${text} not in ${JSON.stringify(phones)}`);
    }
    const split = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('dialwise-phone') ?? [])].find(
        (r) => r.toString() === '+44 20 7925 0918',
      );
      return range && [range.startContainer.parentElement?.localName, range.endContainer.parentElement?.id];
    });
    assert.deepEqual(split, ['b', 'call'], 'one range from <b>+44</b> into the text after it');

    // A state update after hydration: the plan's text is replaced, the counter beside a number changes.
    await page.click('#next');
    await waitForMarked(page, 'dialwise-phone', '+44 117 496 0123');
    await waitForMarked(page, 'dialwise-carrier', 'EE');
    await page.waitForFunction(() => document.getElementById('counter')?.textContent?.includes('viewed 1 '));
    await page.waitForFunction(
      () =>
        ![...(CSS.highlights.get('dialwise-phone') ?? [])].some((r) => r.toString() === '+44 161 496 0000'),
    );
    await waitForMarked(page, 'dialwise-phone', '+86 10 6552 9988');
    const counterMark = await page.evaluate(() =>
      [...(CSS.highlights.get('dialwise-phone') ?? [])].some(
        (r) =>
          r.toString() === '+86 10 6552 9988' &&
          document.getElementById('counter')?.contains(r.startContainer),
      ),
    );
    assert.ok(counterMark, 'the number beside the re-rendered counter is still marked in place');

    assert.deepEqual(await page.evaluate(() => (window as AppWindow).recoverableErrors), []);
    assert.deepEqual(complaints, []);
    await page.close();
  }

  it('marks the numbers, hydrates without a mismatch and keeps marks through re-renders', () =>
    checkPage(false));

  it('hydrates without a mismatch over server HTML the extension had already marked', () => checkPage(true));
});
