import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  goWithin,
  hoverText,
  launchFirefoxWithExtension,
  openExtensionPage,
  readHighlights,
  screenshot,
  tabIdOf,
  waitForMarked,
} from './support/firefox.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** The parts of Firefox's extension API these tests call from the add-on's pages (MV2: browserAction). */
declare const browser: {
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

/** The card's text, read through its open shadow root; empty while no card is shown. */
function cardText(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-card')?.textContent ?? '',
  );
}

describe('the extension in Firefox', () => {
  let firefox: Browser;
  let server: FixtureServer;

  before(async () => {
    server = await serveFixtures();
    firefox = await launchFirefoxWithExtension();
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await firefox.newPage();
    await page.goto(server.url(path));
    await page.waitForFunction(() => CSS.highlights.has('dialwise-phone'), { timeout: 15_000 });
    return page;
  }

  it('runs the content script on a fixture page and marks the number', async () => {
    const page = await open('smoke.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await page.close();
  });

  it('marks numbers and carriers on an English page, and nothing in scripts, inputs or IDs', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await waitForMarked(page, 'dialwise-carrier', 'China Mobile');
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

  it('leaves the page DOM as served and paints through an adopted stylesheet', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    const { now, served, painted } = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const card of copy.querySelectorAll('dialwise-card')) card.remove();
      return {
        now: copy.outerHTML,
        served: new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML,
        painted: document.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(dialwise-phone)')),
        ),
      };
    });
    assert.equal(now, served);
    assert.ok(painted, 'the highlight stylesheet is adopted by the document');
    await page.close();
  });

  it('marks text added later and drops marks over removed text', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.append(
        'Paris office: ',
        Object.assign(document.createElement('b'), { textContent: '+33 1' }),
        ' 42 68 53 00',
      );
      document.getElementById('later')?.append(paragraph);
      document.getElementById('dark')?.remove();
    });
    await waitForMarked(page, 'dialwise-phone', '+33 1 42 68 53 00');
    await page.waitForFunction(
      () =>
        ![...(CSS.highlights.get('dialwise-phone') ?? [])].some((r) => r.toString() === '+44 20 7925 0918'),
    );
    assert.ok(!(await readHighlights(page, 'dialwise-carrier')).includes('Three'));
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

  it('opens one card on hover with the international form, and closes it on Esc', async () => {
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '(650) 253-0000');
    await hoverText(page, '(650) 253-0000');
    await page.waitForFunction(
      () =>
        document
          .querySelector('dialwise-card')
          ?.shadowRoot?.querySelector('.dw-card')
          ?.textContent?.includes('+1 650 253 0000'),
      { timeout: 15_000 },
    );
    await screenshot(page, 'docs/card-firefox.png');
    await hoverText(page, '0013 8000');
    await page.waitForFunction(
      () =>
        document
          .querySelector('dialwise-card')
          ?.shadowRoot?.querySelector('.dw-card')
          ?.textContent?.includes('+86 138 0013 8000'),
      { timeout: 15_000 },
    );
    assert.equal(await page.evaluate(() => document.querySelectorAll('dialwise-card').length), 1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-card'),
    );
    assert.equal(await cardText(page), '');
    await page.close();
  });

  it('lists the page numbers and carriers in the popup, as many numbers as the badge counts', async () => {
    const extensionPage = await openExtensionPage(firefox, 'popup.html?format=');
    // Settings first: a change of home region while the page is open makes it scan again.
    await extensionPage.evaluate(() =>
      browser.storage.local.set({ settings: { homeRegion: 'US', uiLanguage: 'en' }, settings$: { v: 2 } }),
    );
    const page = await open('content-zh.html');
    await waitForMarked(page, 'dialwise-phone', '010-6552 9988');
    await waitForMarked(page, 'dialwise-phone', '10086');
    const tabId = await tabIdOf(extensionPage, page);
    await goWithin(extensionPage, `popup.html?tabId=${tabId}`);
    const popup = extensionPage;
    await popup.bringToFront();
    await popup.waitForFunction(() => document.querySelectorAll('.dw-carrier-item').length >= 2, {
      timeout: 15_000,
    });
    const { numbers, carriers, headings } = await popup.evaluate(() => ({
      numbers: [...document.querySelectorAll('.dw-finding-main')].map((node) => node.textContent),
      carriers: [...document.querySelectorAll('.dw-carrier-item')].map((node) => node.textContent ?? ''),
      headings: document.body.innerText,
    }));
    assert.ok(headings.includes('Numbers on this page'), headings);
    assert.ok(headings.includes('Carriers on this page'), headings);
    for (const text of ['+86 138 0013 8000', '+86 10 6552 9988', '10086', '10010']) {
      assert.ok(numbers.includes(text), `${text} not in ${JSON.stringify(numbers)}`);
    }
    for (const name of ['China Mobile', 'China Unicom']) {
      assert.ok(
        carriers.some((text) => text.includes(name)),
        `${name} not in ${JSON.stringify(carriers)}`,
      );
    }
    const badge = await popup.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, String(numbers.length));
    await screenshot(popup, 'docs/popup-firefox.png');
    await popup.close();
    await page.close();
  });

  // Without a host permission the browser does not tell the popup a tab's address; the background
  // keeps the top frame's address from its content script's messages.
  it('offers the per-site switch for the page in the popup', async () => {
    const extensionPage = await openExtensionPage(firefox, 'popup.html?format=');
    const page = await open('content-en.html');
    await waitForMarked(page, 'dialwise-phone', '+44 20 7925 0918');
    const tabId = await tabIdOf(extensionPage, page);
    await goWithin(extensionPage, `popup.html?tabId=${tabId}`);
    await extensionPage.waitForFunction(
      () => document.querySelector('.dw-switch')?.textContent?.includes('127.0.0.1'),
      { timeout: 5_000 },
    );
    await extensionPage.close();
    await page.close();
  });
});
