import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath, launchFirefoxWithExtension, testPrefs } from './support/firefox.ts';
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

/** Wraps a puppeteer page (WebDriver BiDi) for the shared checks. */
async function tabIn(browser: Browser, url: string): Promise<HostileTab> {
  const page = await browser.newPage();
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
  await page.evaluateOnNewDocument(probeScript);
  await page.goto(url, { timeout: 30_000 });
  return {
    errors,
    dialogs,
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
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
 * The hostile-page battery in Firefox: the same pages and checks as hostile.test.ts, the baseline
 * from a Firefox without the add-on. Firefox has no longtask entries, so the longest task is the
 * largest gap in a 10 ms timer loop in the page.
 */
describe('hostile pages in Firefox', () => {
  let browser: Browser;
  let plain: Browser;
  let server: FixtureServer;
  let pages: HostilePage[];
  const figures: string[] = [];

  before(async () => {
    const dir = join(tmpdir(), `hostile-pages-firefox-${process.pid}`);
    pages = await writeHostilePages(dir);
    server = await serveFixtures(dir, hostileHeaders(pages));
    browser = await launchFirefoxWithExtension();
    plain = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: { width: 1000, height: 700 },
      extraPrefsFirefox: testPrefs,
    });
  });
  after(async () => {
    await plain?.close();
    await browser?.close();
    await server?.close();
    console.log(figures.join('\n'));
  });

  const byFile = (file: string) => {
    const hostile = pages.find((p) => p.file === file);
    if (!hostile) throw new Error(`no page ${file}`);
    return hostile;
  };

  /** Pages Firefox does not hold yet, with what was measured: run and reported, not counted as failures. */
  const knownGaps: Record<string, string> = {
    'frames.html':
      'Firefox loads the 200 same-process frames on the page’s main thread, and each frame’s start of Dialwise lands inside that stretch: the page’s timer loop stalls for 1.9–2.7 s with the add-on against 1.1–2.1 s without it. Deferring all of the content script’s work, module set-up included, until the frame is idle brought it down from 3.4–6.0 s. Measured with cut-down builds, what is left is the injection and start in each frame: stopping each frame right after its set-up changes nothing measurable',
  };

  for (const file of [
    'big-text.html',
    'many-numbers.html',
    'storm.html',
    'removal.html',
    'csp.html',
    'overrides.html',
    'fake-messages.html',
    'markup.html',
    'rtl.html',
    'invisible.html',
    'frames.html',
  ]) {
    it(`holds on ${file}`, { todo: knownGaps[file] }, async () => {
      const hostile = byFile(file);
      const url = server.url(file);
      const extension = await runHostilePage((target) => tabIn(browser, target), url, hostile, {
        extension: true,
      });
      const longestGap = (run: HostileRun) => run.longestGapMs;
      const baseline = await runBaseline(
        () => runHostilePage((target) => tabIn(plain, target), url, hostile, { extension: false }),
        longestGap,
      );
      figures.push(judge(hostile, extension, baseline, longestGap));
    });
  }
});
