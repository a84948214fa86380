import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopup,
  screenshot,
  tabIdOf,
  waitForHighlights,
} from './support/chromium.ts';
import { type FixtureServer, serveFixtures } from './support/server.ts';

declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
};

describe('the popup', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let tabId: number;

  before(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
    // Settings first: a change of home region while the page is open makes it scan again.
    await setStoredSettings({ homeRegion: 'US', uiLanguage: 'en' });
    page = await browser.context.newPage();
    await page.goto(server.url('content-zh.html'));
    await waitForHighlights(page, 'dialwise-phone', 3);
    tabId = await tabIdOf(browser, page);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function setStoredSettings(settings: Record<string, unknown>) {
    const worker = await browser.worker();
    await worker.evaluate(
      (value) => chrome.storage.local.set({ settings: value, settings$: { v: 2 } }),
      settings,
    );
  }

  it('lists the page numbers and carriers, with every note of a carrier and its source', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.getByText('Numbers on this page').waitFor({ timeout: 10_000 });
    await popup.getByText('Carriers on this page').waitFor({ timeout: 10_000 });
    const numbers = await popup.locator('.dw-finding-main').allTextContents();
    assert.ok(numbers.includes('+86 138 0013 8000'), `numbers: ${JSON.stringify(numbers)}`);
    assert.ok(numbers.includes('10086'), `numbers: ${JSON.stringify(numbers)}`);
    const mobile = popup.locator('.dw-carrier-item', { hasText: 'China Mobile' });
    for (const topic of ['Roaming', 'SMS', 'Keeping the number', 'Service numbers']) {
      assert.equal(await mobile.locator('.dw-topic-title', { hasText: topic }).count(), 1, topic);
    }
    assert.equal(await mobile.locator('.dw-note').count(), 6);
    assert.match((await mobile.locator('.dw-note-meta').first().textContent()) ?? '', /Checked .*\d{4}/);
    assert.match((await mobile.locator('.dw-note a').first().getAttribute('href')) ?? '', /^https:\/\//);
    await screenshot(popup, 'docs/popup-en.png');
    await popup.close();
  });

  it('shows as many numbers as the toolbar badge counts', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.locator('.dw-finding').first().waitFor({ timeout: 10_000 });
    const listed = await popup.locator('.dw-finding').count();
    const worker = await browser.worker();
    const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, String(listed));
    await popup.close();
  });

  it('explains good and bad input in the formatter', async () => {
    const popup = await openPopup(browser, tabId);
    const input = popup.getByLabel('Phone number');
    const result = popup.locator('#dw-formatter-result');
    const cases: [string, string][] = [
      ['+999 1234 5678', 'No country uses +999.'],
      ['+86 1380', 'Too short for a number in China.'],
      ['+86 138 0013', "China doesn't use numbers like this."],
      ['call me maybe', "This doesn't look like a phone number."],
      ['+852 5123 4567', 'Valid number'],
    ];
    for (const [text, expected] of cases) {
      await input.fill(text);
      await result.getByText(expected).waitFor({ timeout: 5_000 });
    }
    assert.ok(((await result.textContent()) ?? '').includes('+852 5123 4567'));
    assert.ok(((await result.textContent()) ?? '').includes('011 852 5123 4567'));
    await popup.close();
  });

  it('opens on the formatter for text chosen from the context menu', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?format=${encodeURIComponent('+44 20 7925 0918')}`,
    );
    await popup.getByText('Valid number').waitFor({ timeout: 10_000 });
    assert.equal(await popup.getByLabel('Phone number').inputValue(), '+44 20 7925 0918');
    await popup.close();
  });

  it("turns Dialwise off for the page's site from the popup, and the marks go at once", async () => {
    const popup = await openPopup(browser, tabId);
    const toggle = popup.getByRole('switch', { name: /127\.0\.0\.1/ });
    await toggle.waitFor({ timeout: 10_000 });
    assert.equal(await toggle.isChecked(), true);
    await toggle.click();
    await page.waitForFunction(() => (CSS.highlights.get('dialwise-phone')?.size ?? 0) === 0, {
      timeout: 10_000,
    });
    await toggle.click();
    await waitForHighlights(page, 'dialwise-phone', 3);
    await popup.close();
  });

  it('says the page holds nothing, rather than that it was not read, on a page without numbers', async () => {
    const plain = await browser.context.newPage();
    await plain.goto(server.url('plain.html'));
    const plainTab = await tabIdOf(browser, plain);
    const popup = await openPopup(browser, plainTab);
    await popup
      .getByText('No phone numbers or carriers found on this page.', { exact: false })
      .waitFor({ timeout: 10_000 });
    await popup.getByRole('switch', { name: /127\.0\.0\.1/ }).waitFor();
    await popup.close();
    await plain.close();
  });

  it('says so where extensions cannot run', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('chrome://version/');
    const blankTab = await tabIdOf(browser, blank);
    const popup = await openPopup(browser, blankTab);
    await popup.getByText("Dialwise can't read this page").waitFor({ timeout: 10_000 });
    await popup.close();
    await blank.close();
  });

  it('speaks Chinese when asked to', async () => {
    await setStoredSettings({ homeRegion: 'HK', uiLanguage: 'zh-Hans' });
    const popup = await openPopup(browser, tabId);
    await popup.getByText('本页的电话号码').waitFor({ timeout: 10_000 });
    await popup.getByText('中国移动').first().waitFor();
    await screenshot(popup, 'docs/popup-zh.png');
    await popup.close();
  });
});
