import type { CountryCode } from 'libphonenumber-js';
import { browser, defineBackground } from '#imports';
import { showBadge } from '../lib/background/badge';
import {
  createExplainMenu,
  explainMenuId,
  formatterPageUrl,
  retitleExplainMenu,
} from '../lib/background/context-menu';
import { answerEngineRequest, type Engine } from '../lib/background/engine-requests';
import { createTabSummaryStore } from '../lib/background/tab-summaries';
import { carrierById } from '../lib/carriers/catalog';
import { findingsInText } from '../lib/findings-in-text';
import { createTranslator, resolveLanguage } from '../lib/i18n';
import { handleBackgroundMessage } from '../lib/messages';
import { describeNumber, type NumberDescription } from '../lib/phone/describe';
import { originalCarrier } from '../lib/phone/original-carrier';
import { getSettings, type Settings, watchSettings } from '../lib/settings';

/** The finders, the number parser and the carrier catalog for every tab: pages send their text here. */
const engine: Engine<NumberDescription> = {
  findingsIn: (text, region) => findingsInText(text, region as CountryCode),
  describe: (e164, homeRegion) => describeNumber(e164, { homeRegion: homeRegion as CountryCode }),
  originalCarrier,
  carrier: carrierById,
};

/** The finders for the pages, per-tab findings and the badge, and the "explain this number" menu. */
export default defineBackground(() => {
  const summaries = createTabSummaryStore();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const menuTitle = (settings: Settings) =>
    createTranslator(resolveLanguage(settings.uiLanguage, browser.i18n.getUILanguage())).t(
      'contextMenuExplain',
    );

  // sendResponse + `return true` rather than a returned Promise: it works in every browser this ships to.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const answer = async (): Promise<unknown> =>
      (await answerEngineRequest(message, sender, self, engine)) ??
      handleBackgroundMessage(message, sender, { self, summaries, onSummaryChanged: showBadge });
    answer().then(sendResponse, () => sendResponse(undefined));
    return true;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void summaries.clear(tabId).then(() => showBadge(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => void summaries.clear(tabId));

  browser.runtime.onInstalled.addListener(async () => {
    await createExplainMenu(menuTitle((await getSettings()).settings));
  });
  watchSettings((settings) => void retitleExplainMenu(menuTitle(settings)));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== explainMenuId) return;
    void browser.tabs.create({
      url: formatterPageUrl(browser.runtime.getURL('/popup.html'), info.selectionText ?? ''),
      index: tab ? tab.index + 1 : undefined,
      openerTabId: tab?.id,
    });
  });
});
