import { browser } from '#imports';
import { badgeText, type PageSummary } from '../summary/page-summary';

/** The toolbar button of MV3 builds is `action`; Firefox's MV2 build still calls it `browserAction`. */
const toolbarButton = () => browser.action ?? browser.browserAction;

export async function showBadge(tabId: number, summary: PageSummary | null): Promise<void> {
  const button = toolbarButton();
  try {
    await button.setBadgeBackgroundColor({ tabId, color: '#0b57d0' });
    await button.setBadgeText({ tabId, text: badgeText(summary) });
  } catch {
    // The tab closed between the report and the update.
  }
}
