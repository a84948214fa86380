import type { CountryCode } from 'libphonenumber-js';
import type { OriginalCarrier } from '../carriers/original-carrier-entry';
import type { Carrier } from '../carriers/schema';
import type { PageSigns } from '../finders';
import type { Finding } from '../finding';
import type { Language } from '../i18n';
import { type Route, route } from '../messaging/dispatch';
import { cardToBackground, type PhoneRow, pageToBackground, popupToBackground } from '../messaging/protocol';
import type { GeneralNote } from '../notes/schema';
import type { CheckContext, NumberCheck } from '../phone/check-number';
import type { NumberDescription } from '../phone/describe';
import type { ShortCodeDescription } from '../phone/short-code-description';
import { isSupportedRegion } from '../phone/supported-regions';
import { type Settings, whereNow } from '../settings/settings';
import type { Sim } from '../sims/sim';
import { type SimLookups, simLinesFor, simStatuses } from '../sims/sim-status';
import type { PageSummary } from '../summary/page-summary';
import type { TabSummaryStore } from '../summary/tab-summary-storage';

/** What the background's answers are made of; entrypoints/background.ts binds the real ones. */
export interface BackgroundServices {
  findingsIn(text: string, region: CountryCode, page: PageSigns): Finding[];
  /** Whether a frame's text could hold any finding (lib/finders mayHoldFindings). */
  mayHoldFindings(text: string): boolean;
  describe(e164: string, homeRegion: CountryCode): NumberDescription | null;
  originalCarrier(e164: string, language: Language): OriginalCarrier | null;
  /** What a short code reaches in `region`, who runs it and how to reach it from abroad, as the data says. */
  describeShortCode(code: string, region: string): ShortCodeDescription;
  carrier(id: string): Carrier | undefined;
  /** The general notes that fit a page with these numbers and carriers, for a reader from homeRegion. */
  generalNotes(
    phones: PageSummary['phones'],
    carriers: readonly Carrier[],
    homeRegion: string,
  ): GeneralNote[];
  check(text: string, context: CheckContext): NumberCheck;
  summaries: TabSummaryStore;
  /** The reader's SIMs and settings, as stored now. */
  reader(): Promise<{ sims: Sim[]; settings: Settings }>;
  simLookups: SimLookups;
  /** Today as YYYY-MM-DD where the reader is. */
  today(): string;
  onSummaryChanged(tabId: number, summary: PageSummary): void | Promise<void>;
}

/** How each of the reader's SIMs reaches a number from where they are now, and their chat links. */
async function readerSide(services: BackgroundServices, description: NumberDescription | null) {
  const { sims, settings } = await services.reader();
  const where = whereNow(settings);
  const lines = description
    ? simLinesFor(description, sims, services.simLookups, where, services.today())
    : [];
  return { where, lines, messengers: settings.messengerLinks };
}

/** What the background answers: the content scripts' requests and reports, and the popup's questions. */
export function backgroundRoutes(services: BackgroundServices): Route[] {
  return [
    route(pageToBackground, {
      findings: async (findings, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId === undefined) return undefined;
        const summary = await services.summaries.putFrame(tabId, sender.frameId, findings, sender.url);
        await services.onSummaryChanged(tabId, summary);
        return null;
      },
      findInTexts: ({ texts, region, regionIsPage, lang }) => {
        const page = {
          ...(regionIsPage !== undefined && { regionIsPage }),
          ...(lang !== undefined && { lang }),
        };
        return { findings: texts.map((text) => services.findingsIn(text, region, page)) };
      },
      mayHoldFindings: ({ text }) => services.mayHoldFindings(text),
    }),
    route(cardToBackground, {
      describePhone: async ({ e164, homeRegion, language }) => {
        const description = services.describe(e164, homeRegion);
        return {
          description,
          originalCarrier: services.originalCarrier(e164, language),
          mine: await readerSide(services, description),
        };
      },
      describeShortCode: ({ code, region }) => services.describeShortCode(code, region),
      describeCarrier: ({ id }) => ({ carrier: services.carrier(id) ?? null }),
    }),
    route(popupToBackground, {
      describeTab: async ({ tabId, homeRegion }) => {
        const summary = await services.summaries.get(tabId);
        const phones: PhoneRow[] = (summary?.phones ?? []).map((entry) => ({
          entry,
          description: entry.e164 ? services.describe(entry.e164, homeRegion) : null,
        }));
        const carriers = (summary?.carriers ?? []).flatMap((entry) => {
          const carrier = services.carrier(entry.id);
          return carrier ? [{ entry, carrier }] : [];
        });
        const generalNotes = summary
          ? services.generalNotes(
              summary.phones,
              carriers.map((row) => row.carrier),
              homeRegion,
            )
          : [];
        const { sims } = await services.reader();
        const simRows = simStatuses(sims, services.simLookups, services.today());
        return { summary, phones, carriers, generalNotes, sims: simRows };
      },
      checkNumber: async ({ text, homeRegion, language, tabId }) => {
        const summary = tabId === undefined ? null : await services.summaries.get(tabId);
        const pageRegion = summary?.pageRegion;
        const check = services.check(text, {
          homeRegion,
          pageRegion: pageRegion && isSupportedRegion(pageRegion) ? pageRegion : null,
          pageNumberRegions: (summary?.phones ?? []).flatMap((phone) => (phone.region ? [phone.region] : [])),
        });
        const original = check.ok ? services.originalCarrier(check.description.e164, language) : null;
        const carrier = original?.carrierId ? (services.carrier(original.carrierId) ?? null) : null;
        const mine = check.ok ? await readerSide(services, check.description) : null;
        return { check, originalCarrier: original, carrier, mine };
      },
    }),
  ];
}
