/**
 * The content script's cost on large pages, in Chromium with the built extension.
 *
 *   npm run bench:page          (builds first; or: npx tsx tests/bench/page.ts)
 *
 * For each generated page: how long until the marks settle, how many there are, and the page's
 * long tasks (> 50 ms, https://w3c.github.io/longtasks/) after DOMContentLoaded, with Dialwise on
 * and with the site turned off (the same page's own parsing and layout, as a baseline).
 * Figures, not pass/fail.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/support/chromium.ts';
import { serveFixtures } from '../e2e/support/server.ts';

declare const chrome: WxtBrowser;

const prose = 'Roaming works on most networks, but check the bundle before you travel and keep the receipt. ';

/** A page of `megabytes` of paragraphs; every `numberEvery`-th one holds a number and a carrier. */
function generatePage(megabytes: number, numberEvery: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const text =
      numberEvery > 0 && i % numberEvery === 0
        ? `${prose}Call <b>+44</b> 20 7946 ${String(1000 + (i % 9000)).padStart(4, '0')} or ask Vodafone. ${prose}`
        : `${prose}${prose}Order 2024-01-15, item ${i}.`;
    const html = `<p>${text}</p>\n`;
    paragraphs.push(html);
    size += html.length;
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title></head><body>${paragraphs.join('')}</body></html>`;
}

const pages = [
  { name: '5 MB, a number every 20 paragraphs', file: 'numbers-5mb.html', html: generatePage(5, 20) },
  { name: '1 MB, no numbers', file: 'plain-1mb.html', html: generatePage(1, 0) },
];

interface Run {
  settleMs: number;
  phones: number;
  carriers: number;
  longTasks: number[];
}

async function setSiteDisabled(browser: ExtensionBrowser, disabled: boolean): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(
    async (sites) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), disabledSites: sites } });
    },
    disabled ? ['127.0.0.1'] : [],
  );
}

/** Loads a page, waits until the highlight sizes stop changing for a second, reads the long tasks. */
async function measure(page: Page, url: string): Promise<Run> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime > performance.timing.domContentLoadedEventEnd - performance.timeOrigin) {
          tasks.push(Math.round(entry.duration));
        }
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  let last = '';
  let stableSince = Date.now();
  let settledAt = Date.now();
  while (Date.now() - stableSince < 1000 && Date.now() - start < 120_000) {
    const now = await page.evaluate(
      () =>
        `${CSS.highlights.get('dialwise-phone')?.size ?? -1}/${CSS.highlights.get('dialwise-carrier')?.size ?? -1}`,
    );
    if (now !== last) {
      last = now;
      stableSince = Date.now();
      settledAt = Date.now();
    }
    await page.waitForTimeout(50);
  }
  const [phones = 0, carriers = 0] = last.split('/').map(Number);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  return { settleMs: settledAt - start, phones, carriers, longTasks };
}

const describeTasks = (tasks: number[]) =>
  tasks.length === 0 ? 'none' : `${tasks.length}, longest ${Math.max(...tasks)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'dialwise-bench-'));
const server = await serveFixtures(dir);
const browser = await launchWithExtension();
try {
  for (const { file, html } of pages) await writeFile(join(dir, file), html);
  for (const { name, file } of pages) {
    await setSiteDisabled(browser, true);
    const baselinePage = await browser.context.newPage();
    const baseline = await measure(baselinePage, server.url(file));
    await baselinePage.close();
    await setSiteDisabled(browser, false);
    const page = await browser.context.newPage();
    const on = await measure(page, server.url(file));
    await page.close();
    console.log(`${name}`);
    console.log(
      `  marks: ${on.phones} numbers, ${on.carriers} carriers, settled ${on.settleMs} ms after navigation`,
    );
    console.log(
      `  long tasks after DOMContentLoaded: on ${describeTasks(on.longTasks)}; site off ${describeTasks(baseline.longTasks)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
