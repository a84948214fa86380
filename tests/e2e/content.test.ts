import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserName, DriverPage, ExtensionDriver } from './support/driver.ts';
import { drivers } from './support/drivers.ts';
import {
  highlightLook,
  readHighlights,
  shadowRootPaints,
  waitForMarked,
  waitForMarks,
  waitForUnmarked,
} from './support/highlights.ts';
import { cardText, hoverText, waitForCardShowing, waitForNoCard } from './support/hover-card.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** Where each browser's hover card goes for the README. */
const cardScreenshot: Record<BrowserName, string> = {
  Chromium: 'docs/card.png',
  Firefox: 'docs/card-firefox.png',
};

/** The page as its own HTML says it should be, parsed fresh, next to what the document is now. */
function htmlNowAndAsServed(page: DriverPage): Promise<{ now: string; served: string }> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML;
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const card of copy.querySelectorAll('dialwise-card')) card.remove();
    return { now: copy.outerHTML, served };
  }, null);
}

for (const driver of drivers) {
  describe(`the content script in ${driver.name}`, () => {
    let browser: ExtensionDriver;
    let server: FixtureServer;

    before(async () => {
      server = await serveFixtures();
      browser = await driver.launch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens a fixture page and waits for the extension's first phone mark there. */
    async function open(path: string): Promise<DriverPage> {
      const page = await browser.openPage(server.url(path));
      await page.waitFor(() => CSS.highlights.has('dialwise-phone'), null, browser.patienceMs);
      return page;
    }
    /** A page with nothing to mark: the scanner has not loaded, so no highlight is registered. */
    async function openQuiet(path: string): Promise<DriverPage> {
      const page = await browser.openPage(server.url(path));
      await new Promise((settled) => setTimeout(settled, 1500));
      assert.equal(await page.evaluate(() => CSS.highlights.has('dialwise-phone'), null), false);
      return page;
    }
    const marked = (page: DriverPage, text: string, name = 'dialwise-phone') =>
      waitForMarked(page, name, text, browser.patienceMs);
    const test = (what: string, body: () => Promise<void>) => it(`${what} in ${driver.name}`, body);

    test('runs the content script on a fixture page and marks the number', async () => {
      const page = await open('smoke.html');
      await waitForMarks(page, 'dialwise-phone', 1, browser.patienceMs);
      await marked(page, '+44 20 7925 0918');
      const phones = await readHighlights(page, 'dialwise-phone');
      assert.ok(phones.includes('+44 20 7925 0918'), `marked: ${JSON.stringify(phones)}`);
      await page.close();
    });

    test('marks numbers and carriers on an English page, and nothing in scripts, inputs or IDs', async () => {
      const page = await open('content-en.html');
      await marked(page, '+44 20 7925 0918');
      await marked(page, 'China Mobile', 'dialwise-carrier');
      await waitForMarks(page, 'dialwise-carrier', 2, browser.patienceMs);
      const phones = await readHighlights(page, 'dialwise-phone');
      const carriers = await readHighlights(page, 'dialwise-carrier');
      for (const text of ['+86 138 0013 8000', '(650) 253-0000', '+44 20 7925 0918']) {
        assert.ok(phones.includes(text), `${text} not in ${JSON.stringify(phones)}`);
      }
      for (const text of ['+1 415 555 0100', '+49 30 901820', '20240115']) {
        assert.ok(!phones.some((p) => p.includes(text)), `${text} should not be marked`);
      }
      for (const text of ['T-Mobile', 'China Mobile']) {
        assert.ok(carriers.includes(text), `${text} not in ${JSON.stringify(carriers)}`);
      }
      // A group name with no sign of a market it serves, on a US page: no carrier of some other market.
      assert.ok(!carriers.includes('Vodafone'), `Vodafone marked: ${JSON.stringify(carriers)}`);
      await page.close();
    });

    test('marks a number split by inline tags as one range across the text nodes', async () => {
      const page = await open('content-en.html');
      await marked(page, '+86 138 0013 8000');
      const ends = await page.evaluate(() => {
        const range = [...(CSS.highlights.get('dialwise-phone') ?? [])].find(
          (r) => r.toString() === '+86 138 0013 8000',
        );
        return range && [range.startContainer.parentElement?.localName, range.endContainer.parentElement?.id];
      }, null);
      assert.deepEqual(ends, ['b', 'split']);
      await page.close();
    });

    test('leaves the page DOM as served (no attribute, <style> or node) and paints through the extension stylesheet', async () => {
      const page = await open('content-en.html');
      await marked(page, '+44 20 7925 0918');
      const { now, served } = await htmlNowAndAsServed(page);
      assert.equal(now, served);
      assert.equal((await highlightLook(page, 'dialwise-phone', 'dark'))?.line, 'underline');
      assert.equal(
        await page.evaluate(() => document.adoptedStyleSheets.length, null),
        0,
        'the default look needs no sheet adopted after the page laid out',
      );
      await page.close();
    });

    test('paints the look the reader chose over the extension stylesheet, and the default again', async () => {
      const page = await open('content-en.html');
      await marked(page, '+44 20 7925 0918');
      const setStyle = async (highlightStyle: string) => {
        const settings = (await browser.storageGet('settings')) as Record<string, unknown> | undefined;
        await browser.storageSet({ settings: { ...(settings ?? {}), highlightStyle } });
      };
      const look = () => highlightLook(page, 'dialwise-phone', 'dark');
      try {
        await setStyle('background');
        await page.waitFor(() => document.adoptedStyleSheets.length === 1, null);
        assert.deepEqual(await look(), { line: 'none', background: 'rgba(59, 130, 246, 0.22)' });
        await setStyle('none');
        await page.waitFor(
          () =>
            getComputedStyle(document.getElementById('dark') as Element, '::highlight(dialwise-phone)')
              .backgroundColor === 'rgba(0, 0, 0, 0)',
          null,
        );
        assert.deepEqual(await look(), { line: 'none', background: 'rgba(0, 0, 0, 0)' });
        await setStyle('underline');
        await page.waitFor(() => document.adoptedStyleSheets.length === 0, null);
        assert.equal((await look())?.line, 'underline');
      } finally {
        await setStyle('underline');
      }
      await page.close();
    });

    test('marks text added later and drops marks over removed text', async () => {
      const page = await open('content-en.html');
      await marked(page, '+44 20 7925 0918');
      await page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.append(
          'Paris office: ',
          Object.assign(document.createElement('b'), { textContent: '+33 1' }),
          ' 42 68 53 00',
        );
        document.getElementById('later')?.append(paragraph);
        document.getElementById('dark')?.remove();
      }, null);
      await marked(page, '+33 1 42 68 53 00');
      await waitForUnmarked(page, 'dialwise-phone', '+44 20 7925 0918');
      const carriers = await readHighlights(page, 'dialwise-carrier');
      assert.ok(!carriers.includes('Three'), 'the removed paragraph has no carrier mark left');
      await page.close();
    });

    test('starts on a page with nothing to mark once a number is added, in the page or in a new shadow root', async () => {
      const page = await openQuiet('plain.html');
      await page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'Front desk: +44 20 7925 0918';
        document.body.append(paragraph);
      }, null);
      await marked(page, '+44 20 7925 0918');
      await page.close();

      const shadowPage = await openQuiet('plain.html');
      await shadowPage.evaluate(() => {
        const host = document.createElement('div');
        host.attachShadow({ mode: 'open' }).innerHTML = '<p>Sales: +1 650 253 0000</p>';
        document.body.append(host);
      }, null);
      await marked(shadowPage, '+1 650 253 0000');
      await shadowPage.close();
    });

    test('marks Chinese numbers, full-width digits, service codes in context and carriers; not dates', async () => {
      const page = await open('content-zh.html');
      await marked(page, '010-6552 9988');
      await marked(page, '10086');
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

    test('reads carriers in context on a Chinese forum page, and cards a product no source ties to a carrier', async () => {
      const page = await open('content-zh-forum.html');
      await marked(page, '远游卡', 'dialwise-carrier');
      await marked(page, '联通', 'dialwise-carrier');
      const carriers = await readHighlights(page, 'dialwise-carrier');
      assert.ok(carriers.includes('移动'), `移动用户 not marked: ${JSON.stringify(carriers)}`);
      for (const word of ['Smart', '电信'])
        assert.ok(!carriers.includes(word), `${word} was marked: ${JSON.stringify(carriers)}`);
      assert.equal(carriers.filter((text) => text === '移动').length, 1, '移动支付 stays unmarked');
      await hoverText(page, '远游卡');
      await waitForCardShowing(page, '远游卡', browser.patienceMs);
      const card = await cardText(page);
      assert.match(card, /no source ties it to|没有来源表明|沒有來源表明/, card);
      await page.close();
    });

    test('follows a React-style page: comment-split text, re-rendered text and appended items', async () => {
      const page = await open('content-react.html');
      await marked(page, '+44 20 7925 0918');
      await marked(page, '+44 117 496 0123');
      await marked(page, 'EE', 'dialwise-carrier');
      const carriers = await readHighlights(page, 'dialwise-carrier');
      assert.ok(!carriers.includes('Vodafone'), 'the replaced text lost its mark');
      await page.close();
    });

    test('marks text inside an open shadow root and styles it there', async () => {
      const page = await open('content-shadow.html');
      await marked(page, '+1 650 253 0000');
      const styled = await shadowRootPaints(page, 'dialwise-phone', 'card');
      assert.ok(styled, 'the shadow root adopted the highlight stylesheet');
      await page.close();
    });

    test('marks numbers in an iframe in that frame’s own highlights', async () => {
      const page = await open('content-frames.html');
      await marked(page, '+1 650 253 0000');
      const child = page.childFrames().find((frame) => frame.url().endsWith('content-frame-child.html'));
      assert.ok(child, 'the child frame loaded');
      await waitForMarked(child, 'dialwise-phone', '+44 20 7925 0918', browser.patienceMs);
      await page.close();
    });

    test('opens one card on hover with the international form, and closes it on Esc', async () => {
      const page = await open('content-en.html');
      await marked(page, '(650) 253-0000');
      await hoverText(page, '(650) 253-0000');
      await waitForCardShowing(page, '+1 650 253 0000', browser.patienceMs);
      await page.screenshot(cardScreenshot[driver.name]);
      const fit = await page.evaluate(() => {
        const card = document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-card');
        const rows = [...(card?.querySelectorAll('.dw-form-row') ?? [])].map((row) => {
          const [value, copy] = [row.querySelector('.dw-value'), row.querySelector('.dw-copy')].map((node) =>
            node?.getBoundingClientRect(),
          );
          return value && copy ? copy.top < value.bottom && copy.left >= value.right : false;
        });
        return { overflow: card ? card.scrollHeight - card.clientHeight : -1, rows };
      }, null);
      assert.equal(fit.overflow, 0, 'the number card fits without scrolling inside');
      assert.ok(fit.rows.length === 5 && fit.rows.every(Boolean), 'each copy button stands beside its form');
      await hoverText(page, '0013 8000');
      await waitForCardShowing(page, '+86 138 0013 8000', browser.patienceMs);
      const hosts = await page.evaluate(() => document.querySelectorAll('dialwise-card').length, null);
      assert.equal(hosts, 1, 'at most one card host');
      await page.press('Escape');
      await waitForNoCard(page);
      assert.equal(await cardText(page), '');
      await page.close();
    });

    test('scrolls to and flashes an occurrence when the extension asks', async () => {
      const page = await open('content-en.html');
      await page.setViewport(1000, 200);
      await marked(page, '+44 20 7925 0918');
      const tabId = await browser.tabIdOf(page);
      const answer = await browser.sendToTab(tabId, { type: 'reveal', kind: 'phone', key: '+442079250918' });
      assert.deepEqual(answer, { found: true });
      await page.waitFor(() => CSS.highlights.get('dialwise-flash')?.size === 1, null);
      await page.waitFor(() => {
        const box = document.getElementById('dark')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
      }, null);
      await page.close();
    });

    test('takes every mark off at once when the site is turned off, and back when on', async () => {
      const page = await open('content-en.html');
      await marked(page, '+44 20 7925 0918');
      const setDisabled = async (disabledSites: string[]) => {
        const settings = (await browser.storageGet('settings')) as Record<string, unknown> | undefined;
        await browser.storageSet({ settings: { ...(settings ?? {}), disabledSites } });
      };
      await setDisabled(['127.0.0.1']);
      await page.waitFor(
        () => !CSS.highlights.has('dialwise-phone') && document.adoptedStyleSheets.length === 0,
        null,
      );
      await setDisabled([]);
      await marked(page, '+44 20 7925 0918');
      await page.close();
    });
  });
}
