import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser, storage } from '#imports';
import type { CarrierRow, PhoneRow } from '../../components/FindingsList';
import { type PageState, PopupView } from '../../components/PopupView';
import { carrierById } from '../../lib/carriers/catalog';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import type {
  GetTabSummaryMessage,
  RevealMessage,
  RevealResponse,
  TabSummaryResponse,
} from '../../lib/messages';
import { notesFor } from '../../lib/notes/general';
import { describeNumber } from '../../lib/phone/describe';
import { noteContextOf } from '../../lib/popup/note-context';
import { pageStateOf, scannableHost } from '../../lib/popup/page-state';
import {
  disabledSitesWith,
  getSettings,
  isSiteDisabled,
  type Settings,
  updateSettings,
  watchSettings,
} from '../../lib/settings';
import type { PageSummary } from '../../lib/summary';
import { explainForFormatter } from './explain';

interface TabInfo {
  id: number;
  url: string | undefined;
  status: string | undefined;
}

/** `?tabId=N` names the tab (tests, or the popup opened in a tab); otherwise it is the active tab. */
async function targetTab(params: URLSearchParams): Promise<TabInfo | null> {
  const requested = Number(params.get('tabId'));
  const tab =
    params.has('tabId') && Number.isInteger(requested) && requested >= 0
      ? await browser.tabs.get(requested).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
}

async function tabSummary(tabId: number): Promise<PageSummary | null> {
  const request: GetTabSummaryMessage = { type: 'getTabSummary', tabId };
  const response = (await browser.runtime.sendMessage(request).catch(() => undefined)) as
    | TabSummaryResponse
    | undefined;
  return response?.summary ?? null;
}

export function PopupApp({ params }: { params: URLSearchParams }) {
  const formatOnly = params.has('format') && !params.has('tabId');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [revealMissed, setRevealMissed] = useState(false);

  useEffect(() => {
    void getSettings().then((parsed) => setSettings(parsed.settings));
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (formatOnly) return;
    let unwatch = () => {};
    void targetTab(params).then(async (found) => {
      setTab(found);
      if (!found) return;
      // Reports can land while a read is in flight: only the newest read may set the summary.
      let reads = 0;
      const refresh = async () => {
        const read = ++reads;
        const latest = await tabSummary(found.id);
        if (read === reads) setSummary(latest);
      };
      // The page keeps reporting while it changes; follow it while the popup is open. Watch before
      // the first read, so a report landing during that read is not missed.
      unwatch = storage.watch(`session:tab-${found.id}`, () => void refresh());
      await refresh();
    });
    return () => unwatch();
  }, [params, formatOnly]);

  const i18n = useMemo(
    () => createTranslator(resolveLanguage(settings?.uiLanguage ?? 'auto', browser.i18n.getUILanguage())),
    [settings?.uiLanguage],
  );
  if (!settings) return null;
  const { homeRegion } = settings;
  const pageUrl = tab?.url ?? summary?.pageUrl;
  const hostname = scannableHost(pageUrl);

  const page: PageState = formatOnly
    ? { kind: 'formatter-only' }
    : (() => {
        const kind = pageStateOf({ url: pageUrl, status: tab?.status, summary }, settings);
        return kind === 'scanned' && summary
          ? { kind, summary }
          : { kind: kind === 'scanned' ? 'not-scanned' : kind };
      })();
  const shown = page.kind === 'scanned' ? page.summary : null;
  const phones: PhoneRow[] = (shown?.phones ?? []).map((entry) => ({
    entry,
    description: entry.e164 ? describeNumber(entry.e164, { homeRegion }) : null,
  }));
  const carriers: CarrierRow[] = (shown?.carriers ?? []).flatMap((entry) => {
    const carrier = carrierById(entry.id);
    return carrier ? [{ entry, carrier }] : [];
  });

  const reveal = async (kind: RevealMessage['kind'], key: string, frameId: number) => {
    if (!tab) return;
    const message: RevealMessage = { type: 'reveal', kind, key };
    const response = (await browser.tabs.sendMessage(tab.id, message, { frameId }).catch(() => undefined)) as
      | RevealResponse
      | undefined;
    setRevealMissed(response?.found !== true);
  };

  return (
    <PopupView
      i18n={i18n}
      page={page}
      homeRegion={homeRegion}
      hostname={hostname}
      siteEnabled={hostname === null || !isSiteDisabled(hostname, settings)}
      phones={phones}
      carriers={carriers}
      generalNotes={
        shown
          ? notesFor(
              noteContextOf(
                shown.phones,
                carriers.map((row) => row.carrier),
                homeRegion,
              ),
            )
          : []
      }
      formatterText={params.get('format') ?? ''}
      revealMissed={revealMissed}
      explain={(text) => explainForFormatter(text, homeRegion)}
      onReveal={(kind, key, frameId) => void reveal(kind, key, frameId)}
      onHomeRegionChange={(region) => void updateSettings({ homeRegion: region })}
      onSiteToggle={(enabled) =>
        hostname &&
        void updateSettings({ disabledSites: disabledSitesWith(settings.disabledSites, hostname, enabled) })
      }
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}
