import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserName, DriverBrowser, DriverPage, ExtensionDriver } from './support/driver.ts';
import { drivers } from './support/drivers.ts';
import { extensionOrigin } from './support/firefox.ts';
import { longestStretchOf, processNames, profilerEnv, readGeckoProfile } from './support/gecko-profile.ts';
import {
  type HostilePage,
  type HostileTab,
  hostileHeaders,
  judge,
  type LongTaskMeasure,
  pollUntil,
  probeScript,
  runBaseline,
  runHostilePage,
  writeHostilePages,
} from './support/hostile-pages.ts';
import { waitForText } from './support/page-text.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** How many numbers each child frame of `page` has marked. */
const frameMarks = (page: DriverPage) =>
  Promise.all(
    page
      .childFrames()
      .map((frame) =>
        frame.evaluate(() => CSS.highlights.get('dialwise-phone')?.size ?? 0, null).catch(() => 0),
      ),
  );

/** A page as the battery's checks drive it. */
function hostileTab(page: DriverPage): HostileTab {
  return {
    errors: page.errors,
    dialogs: page.dialogs,
    evaluate: (expression) => page.evaluateExpression(expression),
    // Polled from here: waitForFunction evaluates with eval(), which a strict CSP refuses, and its
    // helper script calls the MutationObserver a hostile page replaced.
    waitFor: (expression, timeout) =>
      pollUntil(() => page.evaluateExpression(expression), timeout, expression),
    moveMouse: (x, y) => page.moveMouse(x, y),
    frameMarks: () => frameMarks(page),
    close: () => page.close(),
  };
}

/**
 * The figure that stands for a long task. Chromium has PerformanceObserver "long-animation-frame"
 * entries, buffered from navigation on: a frame's tasks with the style, layout and paint after
 * them. Its "longtask" entries leave rendering out, and painting marks is rendering: on the
 * 100,000-number page they showed no long task with Dialwise while its frames took 165–273 ms.
 * Firefox has neither, so there it is the largest gap in a 10 ms timer loop in the page (see
 * `probeScript`).
 */
const longTaskMeasureIn: Record<BrowserName, LongTaskMeasure> = {
  Chromium: {
    name: 'animation frame',
    of: (run) => {
      assert.notEqual(run.longestFrameMs, null, 'the browser reports long animation frames');
      return run.longestFrameMs ?? 0;
    },
  },
  Firefox: { name: 'timer gap', of: (run) => run.longestGapMs },
};

/**
 * Pages where the page's own work swamps any measure of the main thread. While a browser loads 200
 * frames, Firefox's timer loop stalls for 1.1–2.2 s with no add-on at all (WXT's set-up alone took it
 * to 2.0–2.9 s), and Chromium's longest frame is the page's own, 473–599 ms from run to run, so a
 * baseline run cannot tell Dialwise's few milliseconds from the page's swing. There, Dialwise's
 * longest stretch of script in one task of the page's process, read from the browser's own
 * profiler, is judged instead; the page has no Dialwise script without the add-on, so its baseline is 0.
 * Firefox runs the 200 frames' content scripts in tasks back to back, each of a few milliseconds,
 * which its 1 ms samples join into stretches of 60–220 ms; its background page runs in a process
 * of its own, whose start-up (87–242 ms of script in our runs) holds up no page.
 */
const profiled = new Set(['frames.html']);

/**
 * The hostile-page battery: each page once with the extension and once in the same browser without
 * it (the baseline for the page's own long tasks, errors and DOM).
 */
for (const driver of drivers) {
  describe(`hostile pages in ${driver.name}`, () => {
    let browser: ExtensionDriver;
    let plain: DriverBrowser;
    let server: FixtureServer;
    let pages: HostilePage[];
    const figures: string[] = [];
    const longTaskMeasure = longTaskMeasureIn[driver.name];

    before(async () => {
      const dir = join(tmpdir(), `hostile-pages-${driver.name.toLowerCase()}-${process.pid}`);
      pages = await writeHostilePages(dir);
      server = await serveFixtures(dir, hostileHeaders(pages));
      browser = await driver.launch();
      // The extension's API once before any page is timed: Firefox opens an add-on page for it.
      await browser.storageGet('settings');
      plain = await driver.launchPlain();
    });
    after(async () => {
      await plain?.close();
      await browser?.close();
      await server?.close();
      console.log(figures.join('\n'));
    });

    const openProbed = (target: DriverBrowser, url: string) =>
      target.openPage(url, { initScript: probeScript, record: true, timeoutMs: 30_000 });

    /** The page with the extension, then its baseline; `beforeClose` sees the page with the extension. */
    async function runBoth(hostile: HostilePage, beforeClose?: (page: DriverPage) => Promise<void>) {
      const url = server.url(hostile.file);
      let opened: DriverPage | undefined;
      const extension = await runHostilePage(
        async (target) => {
          opened = await openProbed(browser, target);
          return hostileTab(opened);
        },
        url,
        hostile,
        { extension: true, beforeClose: async () => opened && beforeClose?.(opened) },
      );
      const baseline = await runBaseline(
        () =>
          runHostilePage(async (target) => hostileTab(await openProbed(plain, target)), url, hostile, {
            extension: false,
          }),
        longTaskMeasure,
      );
      return { extension, baseline };
    }

    /**
     * Dialwise's longest unbroken stretch of script in the page's process, in ms, sampled by the
     * browser's profiler until every frame is marked: in Chromium in the same browser, in Firefox
     * in one of its own, where it is cut at task boundaries (see `longestStretchOf`). What Firefox
     * tells besides is printed, not judged: the stretch uncut, and the longest in its add-on
     * process, where the background page starts up and holds up no page.
     */
    async function profiledStretch(hostile: HostilePage): Promise<{ pageMs: number; besides?: string }> {
      if (browser.longestExtensionStretch) {
        const everyFrameMarked = (frames: number) =>
          [...document.querySelectorAll('iframe')].filter(
            (frame) =>
              ((frame.contentWindow as typeof globalThis | null)?.CSS.highlights.get('dialwise-phone')
                ?.size ?? 0) > 0,
          ).length === frames;
        const pageMs = await browser.longestExtensionStretch(
          server.url(hostile.file),
          `(${everyFrameMarked.toString()})(${hostile.frames})`,
          60_000,
        );
        return { pageMs };
      }
      const profileFile = join(tmpdir(), `hostile-firefox-profile-${process.pid}.json`);
      const profiled = await driver.launch({ env: profilerEnv(profileFile) });
      try {
        // A bare tab: with the console and dialog listeners open, Firefox shut down without
        // writing the profile.
        const page = await profiled.openPage(server.url(hostile.file), { timeoutMs: 60_000 });
        await pollUntil(
          async () => (await frameMarks(page)).filter((count) => count > 0).length === hostile.frames,
          60_000,
          'every frame marked',
        );
        await page.close();
      } finally {
        await profiled.close();
      }
      const profile = await readGeckoProfile(profileFile);
      const page = longestStretchOf(profile, `${extensionOrigin}/`, processNames.pages);
      const addOn = longestStretchOf(profile, `${extensionOrigin}/`, processNames.extensions);
      return {
        pageMs: page.inOneTask,
        besides: `${page.unbroken} ms across tasks back to back; in the add-on process ${addOn.inOneTask} ms`,
      };
    }

    /** One pair of runs, judged by the browser's profiler on the pages in `profiled`, else by `longTaskMeasure`. */
    async function attempt(hostile: HostilePage, beforeClose?: (page: DriverPage) => Promise<void>) {
      const { extension, baseline } = await runBoth(hostile, beforeClose);
      if (!profiled.has(hostile.file)) {
        const verdict = judge(hostile, extension, baseline, longTaskMeasure);
        // Chromium's service worker is the one background the libraries can listen to.
        if (browser.backgroundErrors)
          assert.deepEqual(browser.backgroundErrors, [], 'no error in the service worker');
        // Printed, not judged: the page's first frame, its own, sets the allowance; the frames after
        // its load are where Dialwise paints.
        if (extension.longestFrameAfterLoadMs === null) return verdict;
        return `${verdict}; after the page's load, longest frame ${extension.longestFrameAfterLoadMs} ms (page alone ${baseline.longestFrameAfterLoadMs} ms)`;
      }
      const { pageMs, besides } = await profiledStretch(hostile);
      // A profile that shows no Dialwise script at all was not read right: the frames were marked.
      assert.ok(pageMs > 0, 'the profile holds Dialwise’s script');
      const stretch: LongTaskMeasure = {
        name: `stretch of Dialwise script in the page's process (${driver.name} profiler)`,
        of: (run) => (run === extension ? pageMs : 0),
      };
      const otherwise =
        driver.name === 'Firefox'
          ? `timer gap ${extension.longestGapMs} ms; ${besides}`
          : `animation frame ${extension.longestFrameMs} ms`;
      return `${judge(hostile, extension, baseline, stretch)} (longest ${otherwise})`;
    }

    /** Checks made on the page with the extension before it closes, beyond the battery's own. */
    const extraChecks: Record<string, (page: DriverPage) => Promise<void>> = {
      'fake-messages.html': async (page) => {
        const foreign = await page.evaluateExpression<string[]>('window.foreignMessages');
        assert.deepEqual(foreign, [], 'the page heard no message from the extension');
        const stored = await browser.sessionStorageJson(`tab-${await browser.tabIdOf(page)}`);
        assert.ok(!stored.includes('+12025550199'), 'no forged finding reached the tab summary');
        assert.ok(stored.includes('+442079250918'), `the page's own findings are listed: ${stored}`);
      },
    };
    // The popup's tab would hide the page, and Firefox's measure is a timer loop that a hidden page slows.
    if (driver.name === 'Chromium') {
      extraChecks['many-numbers.html'] = async (page) => {
        const { popup } = await browser.openPopupFor(page);
        // The list stops at limits.entriesPerFrame distinct numbers; the popup says there is more.
        await waitForText(popup, 'This page has more than Dialwise lists here.', 10_000);
        await popup.close();
      };
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
      it(`holds on ${file} in ${driver.name}`, async () => {
        const hostile = pages.find((p) => p.file === file);
        if (!hostile) throw new Error(`no page ${file}`);
        try {
          figures.push(await attempt(hostile, extraChecks[file]));
        } catch (error) {
          // The stand-ins for a long task swing with the machine on pages that make long tasks by
          // themselves (in Firefox, the 100,000-number page alone: 134–289 ms; with the add-on
          // 136–198 ms in most runs, 244 and 280 ms in two of eight CI runs; in Chromium its longest
          // frame alone 279–443 ms). A measure over its allowance gets one more pair of runs, which
          // decides; both are printed. Any other failure stands.
          const overBudget = error instanceof assert.AssertionError && error.message.startsWith('longest ');
          if (!overBudget) throw error;
          figures.push(`${file}: first pair of runs over the budget (${error.message}); ran both again`);
          figures.push(await attempt(hostile, extraChecks[file]));
        }
      });
    }
  });
}
