import type { CountryCode } from 'libphonenumber-js';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupView } from '../../components/PopupView';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import type { CheckAnswer, TabDescription } from '../../lib/messaging/protocol';
import { sendFromPopup, sendToFrame } from '../../lib/messaging/send';
import { localToday } from '../../lib/notes/provenance';
import { disabledSitesWith, isSiteDisabled, type Settings } from '../../lib/settings/settings';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings/settings-storage';
import { type PageState, pageStateOf, scannableHost } from '../../lib/summary/page-state';
import { watchTabSummary } from '../../lib/summary/tab-summary-storage';
import { type TabInfo, targetTab } from '../../lib/summary/target-tab';

interface Followed {
  settings: Settings | null;
  tab: TabInfo | null;
  described: TabDescription | null;
}

/**
 * Follows the settings and the tab's description (unless only the checker is wanted) in plain
 * promise chains, so the first answer needs no second round of effects (a popup opened in a hidden
 * tab runs effects a second apart). The tab is described again for each report and home region.
 */
function follow(params: URLSearchParams, tabWanted: boolean, update: (change: Partial<Followed>) => void) {
  let live = true;
  let homeRegion: CountryCode | null = null;
  let tab: TabInfo | null = null;
  let unwatchTab = () => {};
  // Reports can land while a request is in flight: only the newest answer may be shown.
  let requests = 0;
  const describe = () => {
    const request = ++requests;
    if (!tab || !homeRegion) return;
    void sendFromPopup('describeTab', { tabId: tab.id, homeRegion }).then((answer) => {
      if (live && request === requests) update({ described: answer ?? null });
    });
  };
  const settingsRead = (settings: Settings) => {
    update({ settings });
    if (settings.homeRegion === homeRegion) return;
    homeRegion = settings.homeRegion;
    describe();
  };
  const unwatchSettings = watchSettings(settingsRead);
  void getSettings().then(({ settings }) => live && settingsRead(settings));
  if (tabWanted) {
    void targetTab(params).then((found) => {
      if (!live || !found) return;
      tab = found;
      update({ tab: found });
      // The page keeps reporting while it changes; follow it while the popup is open.
      unwatchTab = watchTabSummary(found.id, describe);
      describe();
    });
  }
  return () => {
    live = false;
    unwatchSettings();
    unwatchTab();
  };
}

/** The popup shows what the background answers; it loads neither the number parser nor the catalog. */
export function PopupApp({ params }: { params: URLSearchParams }) {
  const formatOnly = params.has('format') && !params.has('tabId');
  const [{ settings, tab, described }, setFollowed] = useState<Followed>({
    settings: null,
    tab: null,
    described: null,
  });
  const [revealMissed, setRevealMissed] = useState(false);
  const [checked, setChecked] = useState<{ text: string; outcome: CheckAnswer | null }>({
    text: params.get('format') ?? '',
    outcome: null,
  });
  const homeRegion = settings?.homeRegion;

  useEffect(
    () => follow(params, !formatOnly, (change) => setFollowed((followed) => ({ ...followed, ...change }))),
    [params, formatOnly],
  );

  const i18n = useMemo(
    () => createTranslator(resolveLanguage(settings?.uiLanguage ?? 'auto', browser.i18n.getUILanguage())),
    [settings?.uiLanguage],
  );
  const tabId = tab?.id;

  // The checker reads the number with the page in mind: its region and the regions of its numbers.
  useEffect(() => {
    if (!homeRegion || checked.text.trim() === '') return;
    let current = true;
    const request = { text: checked.text.slice(0, 200), homeRegion, language: i18n.language, tabId };
    void sendFromPopup('checkNumber', request).then((outcome) => {
      if (current)
        setChecked((shown) => (shown.text === checked.text ? { ...shown, outcome: outcome ?? null } : shown));
    });
    return () => {
      current = false;
    };
  }, [checked.text, homeRegion, i18n.language, tabId]);

  if (!settings) return null;
  const pageUrl = tab?.url ?? described?.summary?.pageUrl;
  const hostname = scannableHost(pageUrl);
  const page: PageState = formatOnly
    ? { kind: 'formatter-only' }
    : pageStateOf({ url: pageUrl, status: tab?.status, summary: described?.summary ?? null }, settings);
  const shown = page.kind === 'scanned' ? described : null;

  return (
    <PopupView
      i18n={i18n}
      page={page}
      homeRegion={settings.homeRegion}
      currentRegion={settings.currentRegion}
      sims={described?.sims ?? []}
      today={localToday()}
      hostname={hostname}
      siteEnabled={hostname === null || !isSiteDisabled(hostname, settings)}
      phones={shown?.phones ?? []}
      carriers={shown?.carriers ?? []}
      generalNotes={formatOnly ? [] : (described?.generalNotes ?? [])}
      formatterText={checked.text}
      formatterOutcome={checked.outcome}
      revealMissed={revealMissed}
      onFormatterInput={(text) => setChecked({ text, outcome: null })}
      onReveal={(kind, key, frameId) => {
        if (!tab) return;
        void sendToFrame({ tabId: tab.id, frameId }, 'reveal', { kind, key }).then((answer) =>
          setRevealMissed(answer?.found !== true),
        );
      }}
      onHomeRegionChange={(region) => void updateSettings({ homeRegion: region })}
      onCurrentRegionChange={(region) => void updateSettings({ currentRegion: region })}
      onSiteToggle={(enabled) =>
        hostname &&
        void updateSettings({ disabledSites: disabledSitesWith(settings.disabledSites, hostname, enabled) })
      }
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}
