import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionOrigin, firefoxPath, launchFirefoxWithExtension, testPrefs } from './support/firefox.ts';
import { longestStretchOf, profilerEnv, readGeckoProfile } from './support/gecko-profile.ts';
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

/** How many numbers each child frame of `page` has marked. */
const frameMarks = (page: Page) =>
  Promise.all(
    page
      .frames()
      .filter((frame) => frame !== page.mainFrame())
      .map((frame) => frame.evaluate(() => CSS.highlights.get('dialwise-phone')?.size ?? 0).catch(() => 0)),
  );

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
    frameMarks: () => frameMarks(page),
    close: () => page.close(),
  };
}

/**
 * The hostile-page battery in Firefox: the same pages and checks as hostile.test.ts, the baseline
 * from a Firefox without the add-on. Firefox has no longtask entries, so the longest task is the
 * largest gap in a 10 ms timer loop in the page, except on the pages in `profiledPages`.
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

  /**
   * Pages where the timer gap cannot stand in for a long task. While Firefox loads 200 frames the
   * page's timer loop stalls for 1.1–2.2 s with no add-on at all, and any content script that sets
   * itself up in each frame lengthens that stall (WXT's set-up alone took it to 2.0–2.9 s), though
   * no single task of its own comes near the budget. There, Dialwise's longest unbroken stretch of
   * script, read from Firefox's own profiler in a separate run, is judged instead; the page has
   * no Dialwise script without the add-on, so its baseline is 0.
   */
  const profiledPages = new Set(['frames.html']);

  /**
   * Dialwise's longest unbroken stretch of script on `hostile`, in ms: the page loaded in a Firefox
   * of its own, sampled by the profiler, until every frame is marked.
   */
  async function profiledStretch(hostile: HostilePage): Promise<number> {
    const profileFile = join(tmpdir(), `hostile-firefox-profile-${process.pid}.json`);
    const profiled = await launchFirefoxWithExtension({ env: profilerEnv(profileFile) });
    try {
      // A bare tab: with tabIn's console and dialog listeners open, Firefox shut down without
      // writing the profile.
      const page = await profiled.newPage();
      await page.goto(server.url(hostile.file), { timeout: 60_000 });
      await pollUntil(
        async () => (await frameMarks(page)).filter((count) => count > 0).length === hostile.frames,
        60_000,
        'every frame marked',
      );
      await page.close();
    } finally {
      await profiled.close();
    }
    return longestStretchOf(await readGeckoProfile(profileFile), `${extensionOrigin}/`);
  }

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
    it(`holds on ${file}`, async () => {
      const hostile = byFile(file);
      const url = server.url(file);
      const longestGap = (run: HostileRun) => run.longestGapMs;
      const runBoth = async () => ({
        extension: await runHostilePage((target) => tabIn(browser, target), url, hostile, {
          extension: true,
        }),
        baseline: await runBaseline(
          () => runHostilePage((target) => tabIn(plain, target), url, hostile, { extension: false }),
          longestGap,
        ),
      });
      /** One pair of runs, judged: by the profile on the pages in `profiledPages`, else by the timer gap. */
      const attempt = async (): Promise<string> => {
        const { extension, baseline } = await runBoth();
        if (!profiledPages.has(file)) return judge(hostile, extension, baseline, longestGap);
        const stretchMs = await profiledStretch(hostile);
        // A profile that shows no Dialwise script at all was not read right: the frames were marked.
        assert.ok(stretchMs > 0, 'the profile holds Dialwise’s script');
        const stretch = (run: HostileRun) => (run === extension ? stretchMs : 0);
        return `${judge(hostile, extension, baseline, stretch)} (longest stretch of Dialwise script, Firefox profiler; timer gap ${extension.longestGapMs} ms)`;
      };
      try {
        figures.push(await attempt());
      } catch (error) {
        // Firefox's stand-ins for a long task swing with the machine on pages that make long tasks
        // by themselves (the 100,000-number page alone: 134–289 ms; with the add-on 136–198 ms in
        // most runs, 244 and 280 ms in two of eight CI runs). A measure over its allowance gets one
        // more pair of runs, which decides; both are printed. Any other failure stands.
        if (!(error instanceof assert.AssertionError) || !error.message.startsWith('longest task'))
          throw error;
        figures.push(`${file}: first pair of runs over the budget (${error.message}); ran both again`);
        figures.push(await attempt());
      }
    });
  }
});
