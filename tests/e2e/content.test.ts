import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import {
  type ExtensionBrowser,
  hoverText,
  launchWithExtension,
  readHighlights,
  screenshot,
  tabIdOf,
  waitForHighlights,
} from './support/chromium.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** The extension API as Chromium's service worker names it. */
declare const chrome: WxtBrowser;

/** Waits until a highlight holds a range reading exactly `text`. */
async function waitForMarked(
  target: Page | Frame,
  name: string,
  text: string,
  timeout = 10_000,
): Promise<void> {
  await target.waitForFunction(
    ([highlightName, wanted]) =>
      [...(CSS.highlights.get(highlightName as string) ?? [])].some((range) => range.toString() === wanted),
    [name, text] as const,
    { timeout },
  );
}

/** The page as its own HTML says it should be, parsed fresh, next to what the document is now. */
async function htmlNowAndAsServed(page: Page): Promise<{ now: string; served: string }> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML;
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const card of copy.querySelectorAll('dialwise-card')) card.remove();
    return { now: copy.outerHTML, served };
  });
}

describe('the content script in Chromium', () => {
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

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await page.waitForFunction(() => CSS.highlights.has('dialwise-phone'), null, { timeout: 10_000 });
    return page;
  }

  it('marks numbers and carriers on an English page, and nothing in scripts, inputs or IDs', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await waitForHighlights(page, 'dialwise-carrier', 3);
    const phones = await readHighlights(page, 'dialwise-phone');
    const carriers = await readHighlights(page, 'dialwise-carrier');
    for (const text of ['+86 138 0013 8000', '(650) 253-0000', '+44 20 7925 0918']) {
      assert.ok(phones.includes(text), `${text} not in ${JSON.stringify(phones)}`);
    }
    for (const text of ['+1 415 555 0100', '+49 30 901820', '20240115']) {
      assert.ok(!phones.some((p) => p.includes(text)), `${text} should not be marked`);
    }
    for (const text of ['Vodafone', 'T-Mobile', 'China Mobile']) {
      assert.ok(carriers.includes(text), `${text} not in ${JSON.stringify(carriers)}`);
    }
    await page.close();
  });

  it('marks a number split by inline tags as one range across the text nodes', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+86 138 0013 8000');
    const ends = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('dialwise-phone') ?? [])].find(
        (r) => r.toString() === '+86 138 0013 8000',
      );
      return range && [range.startContainer.parentElement?.localName, range.endContainer.parentElement?.id];
    });
    assert.deepEqual(ends, ['b', 'split']);
    await page.close();
  });

  it('leaves the page DOM as served: no attribute, no <style>, no node', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    const { now, served } = await htmlNowAndAsServed(page);
    assert.equal(now, served);
    const painted = await page.evaluate(() =>
      document.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(dialwise-phone)')),
      ),
    );
    assert.ok(painted, 'the highlight stylesheet is adopted by the document');
    await page.close();
  });

  it('marks text added later and drops marks over removed text', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await page.evaluate(() => {
      const later = document.getElementById('later');
      const paragraph = document.createElement('p');
      paragraph.append(
        'Paris office: ',
        Object.assign(document.createElement('b'), { textContent: '+33 1' }),
        ' 42 68 53 00',
      );
      later?.append(paragraph);
      document.getElementById('dark')?.remove();
    });
    await waitForMarked(page, 'dialwise-phone', '+33 1 42 68 53 00');
    await page.waitForFunction(
      () =>
        ![...(CSS.highlights.get('dialwise-phone') ?? [])].some((r) => r.toString() === '+44 20 7925 0918'),
    );
    const carriers = await readHighlights(page, 'dialwise-carrier');
    assert.ok(!carriers.includes('Three'), 'the removed paragraph has no carrier mark left');
    await page.close();
  });

  it('marks Chinese numbers, full-width digits, service codes in context and carriers; not dates', async () => {
    const page = await open('content-zh.html');
    await waitForMarked(page, 'dialwise-phone', '010-6552 9988');
    await waitForMarked(page, 'dialwise-phone', '10086');
    const phones = await readHighlights(page, 'dialwise-phone');
    for (const text of [
      '138 0013 8000',
      '010-6552 9988',
      '＋８６ １３８ ００１３ ８０００',
      '10086',
      '10010',
    ]) {
      assert.ok(phones.includes(text), `${text} not in ${JSON.stringify(phones)}`);
    }
    assert.ok(!phones.some((p) => p.includes('2024')), `a date was marked: ${JSON.stringify(phones)}`);
    const carriers = await readHighlights(page, 'dialwise-carrier');
    for (const text of ['中国移动', '中国联通']) assert.ok(carriers.includes(text), `${text} not marked`);
    await page.close();
  });

  it('follows a React-style page: comment-split text, re-rendered text and appended items', async () => {
    const page = await open('content-react.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await waitForMarked(page, 'dialwise-phone', '+44 117 496 0123');
    await waitForMarked(page, 'dialwise-carrier', 'EE');
    const carriers = await readHighlights(page, 'dialwise-carrier');
    assert.ok(!carriers.includes('Vodafone'), 'the replaced text lost its mark');
    await page.close();
  });

  it('marks text inside an open shadow root and styles it there', async () => {
    const page = await open('content-shadow.html');
    await waitForMarked(page, 'dialwise-phone', '+1 650 253 0000');
    const styled = await page.evaluate(() =>
      (document.getElementById('card')?.shadowRoot?.adoptedStyleSheets ?? []).some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(dialwise-phone)')),
      ),
    );
    assert.ok(styled, 'the shadow root adopted the highlight stylesheet');
    await page.close();
  });

  it('marks numbers in an iframe in that frame’s own highlights', async () => {
    const page = await open('content-frames.html');
    await waitForMarked(page, 'dialwise-phone', '+1 650 253 0000');
    const child = page.frames().find((frame) => frame.url().endsWith('content-frame-child.html'));
    assert.ok(child, 'the child frame loaded');
    await waitForMarked(child, 'dialwise-phone', '+44 20 7925 0918');
    await page.close();
  });

  it('opens one card on hover with the international form, and closes it on Esc', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '(650) 253-0000');
    await hoverText(page, '(650) 253-0000');
    const card = page.locator('dialwise-card .dw-card');
    await card.waitFor({ timeout: 10_000 });
    await card.getByText('+1 650 253 0000', { exact: true }).first().waitFor();
    await screenshot(page, 'docs/card.png');
    await hoverText(page, '0013 8000');
    await card.getByText('+86 138 0013 8000', { exact: true }).first().waitFor();
    assert.equal(await page.locator('dialwise-card').count(), 1, 'at most one card host');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.close();
  });

  it('scrolls to and flashes an occurrence when the extension asks', async () => {
    const page = await open('content-en.html');
    await page.setViewportSize({ width: 1000, height: 200 });
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    const tabId = await tabIdOf(browser, page);
    const worker = await browser.worker();
    const answer = await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'reveal', kind: 'phone', key: '+442079250918' }),
      tabId,
    );
    assert.deepEqual(answer, { found: true });
    await page.waitForFunction(() => CSS.highlights.get('dialwise-flash')?.size === 1);
    await page.waitForFunction(() => {
      const box = document.getElementById('dark')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    });
    await page.close();
  });

  it('takes every mark off at once when the site is turned off, and back when on', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    const worker = await browser.worker();
    const setDisabled = (sites: string[]) =>
      worker.evaluate(async (disabledSites) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), disabledSites } });
      }, sites);
    await setDisabled(['127.0.0.1']);
    await page.waitForFunction(
      () => !CSS.highlights.has('dialwise-phone') && document.adoptedStyleSheets.length === 0,
    );
    await setDisabled([]);
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await page.close();
  });
});
