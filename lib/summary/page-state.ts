import { isSiteDisabled, type Settings } from '../settings/settings';
import type { PageSummary } from './page-summary';

/** What the popup knows about the tab it was opened for. */
export type PageState =
  /** Browser pages, the extension store and other places no extension may read. */
  | { kind: 'restricted' }
  | { kind: 'loading' }
  /** An ordinary page the content script has not reported from, e.g. one opened before the install. */
  | { kind: 'not-scanned' }
  | { kind: 'site-off' }
  | { kind: 'scanned'; summary: PageSummary }
  /** Opened from the context menu to explain a selection: only the formatter. */
  | { kind: 'formatter-only' };

/** Web pages where browsers forbid content scripts even with host access. */
const extensionStores = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

/** The host Dialwise would run on, or null for browser pages, extension pages and stores. */
export function scannableHost(url: string | undefined): string | null {
  if (!url || extensionStores.some((store) => store.test(url))) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname;
  } catch {
    return null;
  }
}

export interface TabFacts {
  /** Undefined when the browser does not show the extension this tab's address (browser pages). */
  url: string | undefined;
  status: string | undefined;
  summary: PageSummary | null;
}

/** What the popup can say about a tab, worked out from what the browser and the background tell it. */
export function pageStateOf(tab: TabFacts, settings: Pick<Settings, 'disabledSites'>): PageState {
  const host = scannableHost(tab.url);
  if (host && isSiteDisabled(host, settings)) return { kind: 'site-off' };
  if (tab.summary) return { kind: 'scanned', summary: tab.summary };
  // file:// and other pages where a content script may still report are covered by the summary above.
  if (!host) return { kind: 'restricted' };
  return { kind: tab.status === 'loading' ? 'loading' : 'not-scanned' };
}
