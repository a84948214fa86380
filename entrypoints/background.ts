import { browser, defineBackground } from '#imports';
import { showBadge } from '../lib/background/badge';
import { startExplainMenu } from '../lib/background/context-menu';
import { backgroundRoutes } from '../lib/background/handlers';
import { startKeepWatch } from '../lib/background/keep-watch';
import { readReader, simLookups } from '../lib/background/reader';
import { carrierById, carriers } from '../lib/carriers/catalog';
import { originalCarrierEntry, rangeOwners } from '../lib/carriers/original-carrier-entry';
import { findingsInText, mayHoldFindings } from '../lib/finders';
import { dispatch } from '../lib/messaging/dispatch';
import { notesFor } from '../lib/notes/general';
import { noteContextOf } from '../lib/notes/note-context';
import { localToday } from '../lib/notes/provenance';
import { once } from '../lib/once';
import { checkNumber } from '../lib/phone/check-number';
import { describeNumber } from '../lib/phone/describe';
import { shortCodeEntriesFor } from '../lib/phone/short-code-catalog';
import { describeShortCode } from '../lib/phone/short-code-description';
import { createTabSummaryStore } from '../lib/summary/tab-summary-storage';

/** The finders for every tab, per-tab findings and the badge, the popup's answers, the context menu. */
export default defineBackground(() => {
  const summaries = createTabSummaryStore();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Built on first use, as the catalog is: only a card asks for them.
  const owners = once(() => rangeOwners(carriers()));
  const routes = backgroundRoutes({
    findingsIn: findingsInText,
    mayHoldFindings,
    describe: (e164, homeRegion) => describeNumber(e164, { homeRegion }),
    originalCarrier: (e164, language) => originalCarrierEntry(e164, language, owners()),
    describeShortCode: (code, region) =>
      describeShortCode(shortCodeEntriesFor(code, region), code, region, carriers()),
    carrier: carrierById,
    generalNotes: (phones, carriers, homeRegion) => notesFor(noteContextOf(phones, carriers, homeRegion)),
    check: checkNumber,
    summaries,
    reader: readReader,
    simLookups,
    today: () => localToday(),
    onSummaryChanged: showBadge,
  });

  // sendResponse + `return true` rather than a returned Promise: it works in every browser this ships to.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    Promise.resolve(dispatch(routes, message, sender, self)).then(sendResponse, () =>
      sendResponse(undefined),
    );
    return true;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void summaries.clear(tabId).then(() => showBadge(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => void summaries.clear(tabId));
  startKeepWatch();

  startExplainMenu();
});
