import { browser } from '#imports';

/** The tab the popup describes. */
export interface TabInfo {
  id: number;
  url: string | undefined;
  status: string | undefined;
}

/** `?tabId=N` names the tab (tests, or the popup opened in a tab); otherwise it is the active tab. */
export async function targetTab(params: URLSearchParams): Promise<TabInfo | null> {
  const requested = Number(params.get('tabId'));
  const tab =
    params.has('tabId') && Number.isInteger(requested) && requested >= 0
      ? await browser.tabs.get(requested).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
}
