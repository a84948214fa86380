import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserName, DriverPage, ExtensionDriver } from './support/driver.ts';
import { drivers } from './support/drivers.ts';
import { waitForMarked } from './support/highlights.ts';
import { cardText, hoverText, waitForCardShowing } from './support/hover-card.ts';
import { waitForText } from './support/page-text.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

/** Where each browser's pictures of My SIMs go for the README. */
const cardScreenshot: Record<BrowserName, string> = {
  Chromium: 'docs/card-sims.png',
  Firefox: 'docs/card-sims-firefox.png',
};
const popupScreenshot: Record<BrowserName, string> = {
  Chromium: 'docs/popup-sims.png',
  Firefox: 'docs/popup-sims-firefox.png',
};

/** The day `days` from today on the machine's clock, as the browsers running here see it. */
function dayFromToday(days: number): string {
  const now = new Date();
  const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** Puts a file into the import box and fires its change, as a reader picking it would. */
function importFile(options: DriverPage, text: string): Promise<void> {
  return options.evaluate((content) => {
    const input = document.querySelector<HTMLInputElement>('.dw-sim-import');
    if (!input) throw new Error('no import box');
    const files = new DataTransfer();
    files.items.add(new File([content], 'sims.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

for (const driver of drivers) {
  describe(`My SIMs in ${driver.name}`, () => {
    let browser: ExtensionDriver;
    let server: FixtureServer;
    const test = (what: string, body: () => Promise<void>) => it(`${what} in ${driver.name}`, body);

    before(async () => {
      server = await serveFixtures();
      browser = await driver.launch();
      // A reader from Hong Kong who lives in Shenzhen for now.
      await browser.storageSet({
        settings: { homeRegion: 'HK', currentRegion: 'CN', uiLanguage: 'en' },
        settings$: { v: 2 },
      });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('adds a SIM in the options, by its alias, with its own keep-number days', async () => {
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('.dw-sim-add'), null, browser.patienceMs);
      await options.click('.dw-sim-add');
      await options.fill('#dw-sim-carrier', 'CMHK');
      await options.waitFor(() => document.querySelector('[data-carrier="cmhk"]'), null, 5_000);
      await options.click('[data-carrier="cmhk"]');
      await options.fill('input[name="simNumber"]', '5123 4567');
      await options.fill('input[name="simLabel"]', 'HK bank codes');
      await options.fill('input[name="simLastActive"]', dayFromToday(-20));
      await options.fill('input[name="simKeepDays"]', '30');
      await options.click('.dw-sim-form button[type="submit"]');
      await waitForText(options, 'HK bank codes', 5_000);
      const stored = (await browser.storageGet('sims')) as Record<string, unknown>[];
      assert.equal(stored.length, 1);
      assert.deepEqual(
        { ...stored[0], id: undefined },
        {
          id: undefined,
          carrierId: 'cmhk',
          number: '+85251234567',
          label: 'HK bank codes',
          kind: 'prepaid',
          lastActive: dayFromToday(-20),
          keepDays: 30,
        },
      );
      // The goal's other two cards, as an import would add them.
      await browser.storageSet({
        sims: [
          ...stored,
          {
            id: 'ultra',
            carrierId: 'ultra-mobile',
            number: '+12015550123',
            label: 'US number',
            kind: 'prepaid',
            lastActive: dayFromToday(-3),
            keepDays: null,
          },
          {
            id: 'airalo',
            carrierId: 'airalo',
            number: null,
            label: 'Travel eSIM',
            kind: 'data-esim',
            lastActive: null,
            keepDays: null,
          },
        ],
      });
      await options.close();
    });

    test("shows each SIM's line on a hovered number's card, dialled from where the reader is", async () => {
      const page = await browser.openPage(server.url('sims.html'));
      await waitForMarked(page, 'dialwise-phone', '+1 212 555 0123', browser.patienceMs);
      await hoverText(page, '+1 212 555 0123');
      await waitForCardShowing(page, 'From your SIMs, in China', browser.patienceMs);
      const text = await cardText(page);
      for (const part of [
        'HK bank codes · China Mobile Hong KongDial +1 212 555 0123 · roaming · can text it',
        'US number · Ultra MobileDial +1 212 555 0123 · roaming · can text it',
        'Travel eSIM · AiraloNo number on this SIM: it cannot call or text.',
        'Sending texts from abroad',
        'Comes with a phone number',
      ]) {
        assert.ok(text.includes(part), `${part} not in ${text}`);
      }
      // The picture shows the SIM lines: the card scrolls within itself to them.
      await page.evaluate(() => {
        const sims = document.querySelector('dialwise-card')?.shadowRoot?.querySelector('.dw-sims');
        sims?.scrollIntoView({ block: 'start' });
      }, null);
      await page.screenshot(cardScreenshot[driver.name]);
      await page.close();
    });

    test("lists each SIM's days left in the popup, marks the badge, and names the carrier held", async () => {
      const page = await browser.openPage(server.url('sims.html'));
      await waitForMarked(page, 'dialwise-carrier', 'China Mobile Hong Kong', browser.patienceMs);
      const { popup, tabId } = await browser.openPopupFor(page);
      await waitForText(popup, '10 days left', browser.patienceMs);
      await waitForText(popup, "You hold this carrier's SIM: HK bank codes");
      await waitForText(popup, 'Add the last top-up date');
      const badge = await browser.badgeText(tabId);
      assert.ok(badge.endsWith('!'), `the badge "${badge}" carries the keep-number mark`);
      await popup.setViewport(420, 900);
      await popup.screenshot(popupScreenshot[driver.name]);
      await popup.close();
      await page.close();
    });

    test('imports a corrupt file and loses nothing', async () => {
      const before = await browser.storageGet('sims');
      const options = await browser.openExtensionPage('options.html');
      await waitForText(options, 'Travel eSIM', browser.patienceMs);
      const corrupt = JSON.stringify({
        format: 'dialwise-sims',
        version: 1,
        sims: [{ id: 'new', carrierId: 'csl', number: 'not a number', label: '', kind: 'prepaid' }],
      });
      await importFile(options, corrupt);
      await waitForText(options, 'SIM number 1 in that file cannot be read. Nothing was changed.', 5_000);
      await importFile(options, '{"format": "dialwise-sims", "sims": [');
      await waitForText(options, 'it is not JSON', 5_000);
      assert.deepEqual(await browser.storageGet('sims'), before);
      for (const label of ['HK bank codes', 'US number', 'Travel eSIM']) await waitForText(options, label);
      await options.close();
    });
  });
}
