import { browser } from '#imports';
import { keepMark } from '../sims/reminder';
import { badgeText, type PageSummary } from '../summary/page-summary';

/** The toolbar button of MV3 builds is `action`; Firefox's MV2 build still calls it `browserAction`. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/**
 * Whether a SIM is within two weeks of its last valid day: every tab's badge then carries the mark.
 * Set by the keep-number watch (lib/background/keep-watch) each time the worker starts and after.
 */
let keepDue = false;

export async function showBadge(tabId: number, summary: PageSummary | null): Promise<void> {
  const button = toolbarButton();
  try {
    await button.setBadgeBackgroundColor({ tabId, color: '#0b57d0' });
    await button.setBadgeText({ tabId, text: `${badgeText(summary)}${keepDue ? keepMark : ''}` });
  } catch {
    // The tab closed between the report and the update.
  }
}

/** A tab's own badge with the mark added or taken off. */
export function withKeepMark(text: string, due: boolean): string {
  const bare = text.endsWith(keepMark) ? text.slice(0, -keepMark.length) : text;
  return due ? `${bare}${keepMark}` : bare;
}

/**
 * Shows or clears the keep-number mark: on the default badge (new tabs, restricted pages) and on
 * every tab that shows a badge of its own, so a tab need not report again to show the change.
 */
export async function showKeepMark(due: boolean, title: string): Promise<void> {
  const changed = due !== keepDue;
  keepDue = due;
  const button = toolbarButton();
  await button.setBadgeBackgroundColor({ color: '#b3261e' });
  await button.setBadgeText({ text: due ? keepMark : '' });
  await button.setTitle({ title });
  if (!changed) return;
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      const shown = await button.getBadgeText({ tabId: tab.id });
      const next = withKeepMark(shown, due);
      if (next !== shown) await button.setBadgeText({ tabId: tab.id, text: next });
    } catch {
      // The tab closed meanwhile.
    }
  }
}
