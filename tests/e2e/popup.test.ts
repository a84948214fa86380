import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserName, DriverPage, ExtensionDriver } from './support/driver.ts';
import { drivers } from './support/drivers.ts';
import { waitForMarked, waitForMarks } from './support/highlights.ts';
import { waitForText } from './support/page-text.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** Where each browser's popup goes for the README; the Chinese one is Chromium's alone. */
const listScreenshot: Record<BrowserName, string> = {
  Chromium: 'docs/popup-en.png',
  Firefox: 'docs/popup-firefox.png',
};
const chineseScreenshot: Partial<Record<BrowserName, string>> = { Chromium: 'docs/popup-zh.png' };
/** The first screen of the popup on a page naming ten carriers, with the checker in use. */
const topScreenshot: Record<BrowserName, string> = {
  Chromium: 'docs/popup-top.png',
  Firefox: 'docs/popup-top-firefox.png',
};

/**
 * A page where no extension may run. Firefox has none that puppeteer can open: it lets the add-on
 * read data: and about:blank pages, and never reports a load of its own about: pages.
 */
const restrictedPage: Partial<Record<BrowserName, string>> = { Chromium: 'chrome://version/' };

/** How long the popup may take to offer the site switch, as each browser's test had it. */
const switchWithinMs: Record<BrowserName, number> = { Chromium: 10_000, Firefox: 5_000 };

const formatterInput = '.dw-formatter input';

/** What the popup lists, read in one go (no named helpers inside: the page gets the bare source). */
function readListing(popup: DriverPage) {
  return popup.evaluate(() => {
    const items = [...document.querySelectorAll('.dw-carrier-item')];
    const mobile = items.filter((item) => item.textContent?.toLowerCase().includes('china mobile'));
    const [topics, notes, metas, links] = ['.dw-topic-title', '.dw-note', '.dw-note-meta', '.dw-note a'].map(
      (selector) => mobile.flatMap((item) => [...item.querySelectorAll(selector)]),
    );
    return {
      text: document.body.innerText,
      numbers: [...document.querySelectorAll('.dw-finding-main')].map((node) => node.textContent ?? ''),
      findings: document.querySelectorAll('.dw-finding').length,
      carriers: items.map((node) => node.textContent ?? ''),
      mobileTopics: (topics ?? []).map((node) => node.textContent?.toLowerCase() ?? ''),
      mobileNotes: notes?.length ?? 0,
      mobileNoteMeta: metas?.[0]?.textContent ?? '',
      mobileNoteLink: links?.[0]?.getAttribute('href') ?? '',
    };
  }, null);
}

/** Waits until the popup offers one switch for the site, named for it and shown; says whether it is on. */
async function siteSwitchOn(popup: DriverPage, site: string, timeoutMs?: number): Promise<boolean> {
  const named = (wanted: string) => {
    const switches = [...document.querySelectorAll<HTMLInputElement>('[role="switch"]')];
    const name = switches.length === 1 ? (switches[0]?.labels?.[0]?.textContent ?? '') : '';
    const box = switches[0]?.getBoundingClientRect();
    return name.includes(wanted) && box !== undefined && box.width > 0 && box.height > 0;
  };
  await popup.waitFor(named, site, timeoutMs);
  return popup.evaluate(
    () => document.querySelector<HTMLInputElement>('[role="switch"]')?.checked === true,
    null,
  );
}

for (const driver of drivers) {
  describe(`the popup in ${driver.name}`, () => {
    let browser: ExtensionDriver;
    let server: FixtureServer;
    let page: DriverPage;
    let tabId: number;
    const test = (what: string, body: () => Promise<void>) => it(`${what} in ${driver.name}`, body);

    before(async () => {
      server = await serveFixtures();
      browser = await driver.launch();
      // Settings first: a change of home region while the page is open makes it scan again.
      await setStoredSettings({ homeRegion: 'US', uiLanguage: 'en' });
      page = await browser.openPage(server.url('content-zh.html'));
      await waitForMarks(page, 'dialwise-phone', 3, browser.patienceMs);
      await waitForMarked(page, 'dialwise-phone', '010-6552 9988', browser.patienceMs);
      await waitForMarked(page, 'dialwise-phone', '10086', browser.patienceMs);
      tabId = await browser.tabIdOf(page);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    const setStoredSettings = (settings: Record<string, unknown>) =>
      browser.storageSet({ settings, settings$: { v: 2 } });

    test('lists the page numbers and carriers, every note of a carrier with its source, and as many numbers as the badge counts', async () => {
      const { popup } = await browser.openPopupFor(page);
      await popup.waitFor(
        () =>
          document.body.innerText.includes('Numbers on this page') &&
          document.body.innerText.includes('Carriers on this page') &&
          document.querySelectorAll('.dw-carrier-item').length >= 2 &&
          document.querySelector('.dw-finding') !== null,
        null,
        browser.patienceMs,
      );
      const listed = await readListing(popup);
      assert.ok(listed.text.includes('Numbers on this page'), listed.text);
      assert.ok(listed.text.includes('Carriers on this page'), listed.text);
      for (const text of ['+86 138 0013 8000', '+86 10 6552 9988', '10086', '10010']) {
        assert.ok(listed.numbers.includes(text), `${text} not in ${JSON.stringify(listed.numbers)}`);
      }
      for (const name of ['China Mobile', 'China Unicom']) {
        const carriers = JSON.stringify(listed.carriers);
        assert.ok(
          listed.carriers.some((text) => text.includes(name)),
          `${name} not in ${carriers}`,
        );
      }
      for (const topic of ['Roaming', 'SMS', 'Keeping the number', 'Service numbers']) {
        const titled = listed.mobileTopics.filter((title) => title.includes(topic.toLowerCase()));
        assert.equal(titled.length, 1, topic);
      }
      assert.equal(listed.mobileNotes, 6);
      assert.match(listed.mobileNoteMeta, /Checked .*\d{4}/);
      assert.match(listed.mobileNoteLink, /^https:\/\//);
      const badge = await browser.badgeText(tabId);
      assert.equal(badge, String(listed.numbers.length));
      assert.equal(badge, String(listed.findings));
      await popup.screenshot(listScreenshot[driver.name]);
      await popup.close();
    });

    test('explains good and bad input in the formatter', async () => {
      const { popup } = await browser.openPopupFor(page);
      await popup.waitFor((input) => document.querySelector(input), formatterInput, browser.patienceMs);
      const label = await popup.evaluate(
        (input) => document.querySelector<HTMLInputElement>(input)?.labels?.[0]?.textContent ?? '',
        formatterInput,
      );
      assert.ok(label.includes('Phone number'), `the formatter's input is labelled: ${label}`);
      const cases: [string, string][] = [
        ['+999 1234 5678', 'No country uses +999.'],
        ['+86 1380', 'Too short for a number in China.'],
        ['+86 138 0013', "China doesn't use numbers like this."],
        ['call me maybe', "This doesn't look like a phone number."],
        ['+852 5123 4567', 'Valid number'],
      ];
      const result = () =>
        popup.evaluate(() => document.getElementById('dw-formatter-result')?.innerText ?? '', null);
      for (const [text, expected] of cases) {
        await popup.fill(formatterInput, text);
        await popup.waitFor(
          (wanted) => document.getElementById('dw-formatter-result')?.innerText.includes(wanted),
          expected,
          5_000,
        );
      }
      assert.ok((await result()).includes('+852 5123 4567'));
      assert.ok((await result()).includes('011 852 5123 4567'));
      await popup.close();
    });

    test('opens on the formatter for text chosen from the context menu', async () => {
      const popup = await browser.openExtensionPage(
        `popup.html?format=${encodeURIComponent('+44 20 7925 0918')}`,
      );
      await waitForText(popup, 'Valid number', browser.patienceMs);
      const value = await popup.evaluate(
        (input) => document.querySelector<HTMLInputElement>(input)?.value,
        formatterInput,
      );
      assert.equal(value, '+44 20 7925 0918');
      await popup.close();
    });

    test("turns Dialwise off for the page's site from the popup, and the marks go at once", async () => {
      const { popup } = await browser.openPopupFor(page);
      assert.equal(await siteSwitchOn(popup, '127.0.0.1', switchWithinMs[driver.name]), true);
      await popup.click('[role="switch"]');
      // In front, so the page paints and its waits run (Firefox pauses a background tab's frames).
      await page.bringToFront();
      await page.waitFor(() => (CSS.highlights.get('dialwise-phone')?.size ?? 0) === 0, null, 10_000);
      await popup.bringToFront();
      await popup.click('[role="switch"]');
      await page.bringToFront();
      await waitForMarks(page, 'dialwise-phone', 3, browser.patienceMs);
      await popup.close();
    });

    test('says the page holds nothing, rather than that it was not read, on a page without numbers, and still gives tips', async () => {
      const plain = await browser.openPage(server.url('plain.html'));
      const { popup } = await browser.openPopupFor(plain);
      await waitForText(popup, 'No phone numbers or carriers found on this page.', browser.patienceMs);
      await siteSwitchOn(popup, '127.0.0.1');
      // The tips for a reader from the home region (US), since the page gave nothing to choose by.
      await waitForText(popup, 'Good to know', browser.patienceMs);
      await waitForText(popup, 'E.164');
      await popup.close();
      await plain.close();
    });

    test('puts the checker on the first screen of a 420×600 popup on a page naming ten carriers', async () => {
      const travel = await browser.openPage(server.url('travel-ten-carriers.html'));
      await waitForMarks(travel, 'dialwise-carrier', 10, browser.patienceMs);
      const { popup } = await browser.openPopupFor(travel);
      await popup.setViewport(420, 600);
      await popup.waitFor(
        () => document.querySelectorAll('.dw-carrier-item').length >= 10,
        null,
        browser.patienceMs,
      );
      const layout = await popup.evaluate(() => {
        const input = document.querySelector('.dw-formatter input')?.getBoundingClientRect();
        const carriers = [...document.querySelectorAll('.dw-carrier-item')];
        return {
          inputBottom: input ? input.bottom + window.scrollY : Number.POSITIVE_INFINITY,
          carriers: carriers.length,
          collapsed: carriers.filter((item) => item.querySelector('details:not([open])')).length,
          height: document.documentElement.scrollHeight,
        };
      }, null);
      assert.ok(layout.inputBottom <= 600, `the checker's box ends at ${layout.inputBottom} px`);
      assert.equal(layout.collapsed, layout.carriers, 'every carrier starts collapsed');
      // It was 6,500 px with every carrier's notes open; collapsed carriers and three open tips keep it short.
      assert.ok(layout.height <= 2000, `the popup is ${layout.height} px tall`);
      await popup.click('.dw-carrier-item:nth-child(9) summary');
      const opened = await popup.evaluate(() => {
        const item = document.querySelector('.dw-carrier-item:nth-child(9)');
        return {
          name: item?.querySelector('summary')?.textContent ?? '',
          questions: item?.querySelectorAll('.dw-question').length,
        };
      }, null);
      assert.equal(
        opened.questions,
        6,
        `${opened.name} answers the six questions, or says no source was found`,
      );
      await popup.fill(formatterInput, '13800138000');
      await waitForText(popup, 'by its shape', 5_000);
      await waitForText(popup, 'China Mobile');
      await popup.screenshot(topScreenshot[driver.name]);
      await popup.close();
      await travel.close();
    });

    const restricted = restrictedPage[driver.name];
    if (restricted) {
      test('says so where extensions cannot run', async () => {
        const blank = await browser.openPage(restricted);
        const { popup } = await browser.openPopupFor(blank);
        await waitForText(popup, "Dialwise can't read this page", browser.patienceMs);
        await popup.close();
        await blank.close();
      });
    }

    test('speaks Chinese when asked to', async () => {
      await setStoredSettings({ homeRegion: 'HK', uiLanguage: 'zh-Hans' });
      const { popup } = await browser.openPopupFor(page);
      await waitForText(popup, '本页的电话号码', browser.patienceMs);
      await waitForText(popup, '中国移动');
      const file = chineseScreenshot[driver.name];
      if (file) await popup.screenshot(file);
      await popup.close();
    });
  });
}
