import { browser } from '#imports';
import { createTranslator, resolveLanguage } from '../i18n';
import type { Settings } from '../settings/settings';
import { getSettings, watchSettings } from '../settings/settings-storage';

/** The context-menu item on selected text that opens the formatter with the selection. */
export const explainMenuId = 'dialwise-explain';

/** Selections can be pages long; a phone number with its punctuation fits well within this. */
const maxSelectionLength = 64;

/** "popup.html?format=…": the popup page opened in a tab, showing only the formatter. */
export function formatterPageUrl(popupUrl: string, selection: string): string {
  const url = new URL(popupUrl);
  url.searchParams.set('format', selection.trim().slice(0, maxSelectionLength));
  return url.href;
}

export async function createExplainMenu(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: explainMenuId, title, contexts: ['selection'] });
}

export async function retitleExplainMenu(title: string): Promise<void> {
  try {
    await browser.contextMenus.update(explainMenuId, { title });
  } catch {
    // Not created yet: onInstalled creates it with the current title.
  }
}

function menuTitle(settings: Settings): string {
  return createTranslator(resolveLanguage(settings.uiLanguage, browser.i18n.getUILanguage())).t(
    'contextMenuExplain',
  );
}

/**
 * "Explain this number" on selected text: created on install in the reader's language, retitled
 * when the language setting changes, and opening the formatter in a tab beside the page.
 */
export function startExplainMenu(): void {
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
}
