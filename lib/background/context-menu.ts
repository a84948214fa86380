import { browser } from '#imports';

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
