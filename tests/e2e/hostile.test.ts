import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  chromiumPath,
  type ExtensionBrowser,
  launchWithExtension,
  openPopup,
  tabIdOf,
} from './support/chromium.ts';
import {
  type HostilePage,
  type HostileRun,
  type HostileTab,
  hostileHeaders,
  judge,
  pollUntil,
  probeScript,
  runBaseline,
  runHostilePage,
  writeHostilePages,
} from './support/hostile-pages.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** Wraps a Playwright page for the shared checks. */
async function tabIn(context: BrowserContext, url: string): Promise<HostileTab & { page: Page }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { timeout: 30_000 });
  return {
    page,
    errors,
    dialogs,
    evaluate: (expression) => page.evaluate(expression),
    // Polled from here: waitForFunction evaluates with eval(), which a strict CSP refuses, and its helper
    // script calls the MutationObserver a hostile page replaced.
    waitFor: (expression, timeout) => pollUntil(() => page.evaluate(expression), timeout, expression),
    moveMouse: (x, y) => page.mouse.move(x, y),
    frameMarks: () =>
      Promise.all(
        page
          .frames()
          .filter((frame) => frame !== page.mainFrame())
          .map((frame) =>
            frame.evaluate(() => CSS.highlights.get('dialwise-phone')?.size ?? 0).catch(() => 0),
          ),
      ),
    close: () => page.close(),
  };
}

/**
 * The hostile-page battery in Chromium: each page once with the extension and once in a plain
 * Chromium (the baseline for the page's own long tasks, errors and DOM). Long tasks are
 * PerformanceObserver "longtask" entries, buffered from navigation on.
 */
describe('hostile pages in Chromium', () => {
  let browser: ExtensionBrowser;
  let plain: BrowserContext;
  let server: FixtureServer;
  let pages: HostilePage[];
  const workerErrors: string[] = [];
  const figures: string[] = [];

  before(async () => {
    const dir = join(tmpdir(), `hostile-pages-${process.pid}`);
    pages = await writeHostilePages(dir);
    server = await serveFixtures(dir, hostileHeaders(pages));
    browser = await launchWithExtension();
    await browser.context.addInitScript(probeScript);
    const worker = await browser.worker();
    worker.on('console', (message) => {
      if (message.type() === 'error') workerErrors.push(message.text());
    });
    const plainBrowser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    plain = await plainBrowser.newContext({ viewport: { width: 1000, height: 700 } });
    await plain.addInitScript(probeScript);
  });
  after(async () => {
    await plain?.browser()?.close();
    await browser?.close();
    await server?.close();
    console.log(figures.join('\n'));
  });

  const run = async (
    hostile: HostilePage,
    beforeClose?: (page: Page) => Promise<void>,
  ): Promise<{ extension: HostileRun; baseline: HostileRun }> => {
    const url = server.url(hostile.file);
    let opened: Page | null = null;
    const extension = await runHostilePage(
      async (target) => {
        const tab = await tabIn(browser.context, target);
        opened = tab.page;
        return tab;
      },
      url,
      hostile,
      {
        extension: true,
        beforeClose: async () => {
          if (opened && beforeClose) await beforeClose(opened);
        },
      },
    );
    const longestTask = (r: HostileRun) => r.longestTaskMs;
    const baseline = await runBaseline(
      () => runHostilePage((target) => tabIn(plain, target), url, hostile, { extension: false }),
      longestTask,
    );
    figures.push(judge(hostile, extension, baseline, longestTask));
    assert.deepEqual(workerErrors, [], 'no error in the service worker');
    return { extension, baseline };
  };

  const byFile = (file: string) => {
    const hostile = pages.find((p) => p.file === file);
    if (!hostile) throw new Error(`no page ${file}`);
    return hostile;
  };

  for (const file of [
    'big-text.html',
    'storm.html',
    'removal.html',
    'csp.html',
    'overrides.html',
    'markup.html',
    'rtl.html',
    'invisible.html',
    'frames.html',
  ]) {
    it(`holds on ${file}`, async () => {
      await run(byFile(file));
    });
  }

  it('holds on 100,000 numbers, and the popup says the list was capped', async () => {
    await run(byFile('many-numbers.html'), async (page) => {
      const tabId = await tabIdOf(browser, page);
      const popup = await openPopup(browser, tabId);
      // The list stops at limits.entriesPerFrame distinct numbers; the popup says there is more.
      await popup.getByText('This page has more than Dialwise lists here.').waitFor({ timeout: 10_000 });
      await popup.close();
    });
  });

  it('ignores fake extension messages and sends the page none of its own', async () => {
    await run(byFile('fake-messages.html'), async (page) => {
      const foreign = await page.evaluate(
        () => (window as unknown as { foreignMessages: string[] }).foreignMessages,
      );
      assert.deepEqual(foreign, [], 'the page heard no message from the extension');
      const tabId = await tabIdOf(browser, page);
      const worker = await browser.worker();
      const stored = await worker.evaluate(
        (id) => chrome.storage.session.get(`tab-${id}`).then((items) => JSON.stringify(items)),
        tabId,
      );
      assert.ok(!stored.includes('+12025550199'), 'no forged finding reached the tab summary');
      assert.ok(stored.includes('+442079250918'), `the page's own findings are listed: ${stored}`);
    });
  });
});

declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};
