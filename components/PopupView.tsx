import type { CountryCode } from 'libphonenumber-js';
import type { Note } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import type { CarrierRow, CheckAnswer, PhoneRow } from '../lib/messaging/protocol';
import type { SimStatus } from '../lib/sims/sim-status';
import type { PageState } from '../lib/summary/page-state';
import { CarrierNotes } from './CarrierNotes';
import { FindingsList } from './FindingsList';
import { Formatter } from './Formatter';
import { HomeAndNow } from './HomeAndNow';
import { SimsSummary } from './SimsSummary';
import { SiteSwitch } from './SiteSwitch';

export interface PopupViewProps {
  i18n: Translator;
  page: PageState;
  homeRegion: string;
  /** Where the reader is now; null while at home. */
  currentRegion: string | null;
  /** The reader's SIMs, with the days each has left. */
  sims: readonly SimStatus[];
  /** Today as YYYY-MM-DD, where the reader is: offers past their end are not shown. */
  today: string;
  /** The page's host when Dialwise may run there, for the site switch. */
  hostname: string | null;
  siteEnabled: boolean;
  phones: readonly PhoneRow[];
  carriers: readonly CarrierRow[];
  generalNotes: readonly Note[];
  formatterText: string;
  /** The check of `formatterText`; null while it is being worked out. */
  formatterOutcome: CheckAnswer | null;
  /** Set after a click on a finding that the page no longer shows. */
  revealMissed: boolean;
  onFormatterInput(text: string): void;
  onReveal(kind: 'phone' | 'carrier', key: string, frameId: number): void;
  onHomeRegionChange(region: CountryCode): void;
  onCurrentRegionChange(region: CountryCode | null): void;
  onSiteToggle(enabled: boolean): void;
  onOpenSettings(): void;
}

const statusKeys = {
  restricted: 'popupRestricted',
  loading: 'popupLoading',
  'not-scanned': 'popupNotScanned',
  'site-off': 'popupSiteOff',
} as const;

/** Tips shown open; the rest wait behind a disclosure, so the page's own carriers stay in reach. */
const tipsShown = 3;

export function PopupView(props: PopupViewProps) {
  const { i18n, page, homeRegion } = props;
  const formatter = (
    <Formatter
      i18n={i18n}
      homeRegion={homeRegion}
      text={props.formatterText}
      outcome={props.formatterOutcome}
      today={props.today}
      autoFocus={page.kind === 'formatter-only'}
      onTextChange={props.onFormatterInput}
    />
  );
  const found = props.phones.length + props.carriers.length > 0;
  return (
    <main class="dw-popup" lang={i18n.language}>
      <header class="dw-popup-header">
        <h1>{i18n.t('extName')}</h1>
        <button type="button" class="dw-link-button" onClick={props.onOpenSettings}>
          {i18n.t('popupSettings')}
        </button>
      </header>
      {formatter}
      {page.kind in statusKeys && (
        <p class="dw-status" role="status">
          {i18n.t(statusKeys[page.kind as keyof typeof statusKeys])}
        </p>
      )}
      {props.hostname && page.kind !== 'restricted' && page.kind !== 'formatter-only' && (
        <SiteSwitch
          hostname={props.hostname}
          enabled={props.siteEnabled}
          i18n={i18n}
          onChange={props.onSiteToggle}
        />
      )}
      {page.kind === 'scanned' && !found && (
        <p class="dw-status" role="status">
          {i18n.t('popupEmpty')}
        </p>
      )}
      {props.revealMissed && (
        <p class="dw-status" role="status">
          {i18n.t('popupNotOnPage')}
        </p>
      )}
      <SimsSummary sims={props.sims} i18n={i18n} today={props.today} onManage={props.onOpenSettings} />
      <FindingsList
        phones={props.phones}
        carriers={props.carriers}
        sims={props.sims}
        homeRegion={homeRegion}
        i18n={i18n}
        today={props.today}
        onReveal={props.onReveal}
      />
      {page.kind === 'scanned' && page.summary.capped && <p class="dw-hint">{i18n.t('popupCapped')}</p>}
      {props.generalNotes.length > 0 && (
        <section class="dw-section" aria-labelledby="dw-general">
          <h2 id="dw-general">{i18n.t('popupGeneralHeading')}</h2>
          <CarrierNotes notes={props.generalNotes.slice(0, tipsShown)} i18n={i18n} today={props.today} />
          {props.generalNotes.length > tipsShown && (
            <details class="dw-more-tips">
              <summary>{i18n.t('popupMoreTips', String(props.generalNotes.length - tipsShown))}</summary>
              <CarrierNotes notes={props.generalNotes.slice(tipsShown)} i18n={i18n} today={props.today} />
            </details>
          )}
        </section>
      )}
      <HomeAndNow
        i18n={i18n}
        homeRegion={homeRegion}
        currentRegion={props.currentRegion}
        onHomeRegionChange={props.onHomeRegionChange}
        onCurrentRegionChange={props.onCurrentRegionChange}
      />
    </main>
  );
}
