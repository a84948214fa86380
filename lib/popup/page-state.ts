import { isSiteDisabled, type Settings } from '../settings';
import type { PageSummary } from '../summary';

/** What the popup can say about a tab, worked out from what the browser and the background tell it. */
export type PageStateKind = 'restricted' | 'loading' | 'not-scanned' | 'site-off' | 'scanned';

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

export function pageStateOf(tab: TabFacts, settings: Pick<Settings, 'disabledSites'>): PageStateKind {
  const host = scannableHost(tab.url);
  if (host && isSiteDisabled(host, settings)) return 'site-off';
  if (tab.summary) return 'scanned';
  // file:// and other pages where a content script may still report are covered by the summary above.
  if (!host) return 'restricted';
  return tab.status === 'loading' ? 'loading' : 'not-scanned';
}
