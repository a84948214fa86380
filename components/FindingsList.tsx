import type { Translator } from '../lib/i18n';
import type { CarrierRow, PhoneRow } from '../lib/messaging/protocol';
import type { SimStatus } from '../lib/sims/sim-status';
import { CarrierCard } from './CarrierCard';
import { flagOf, lineTypeKey } from './labels';

interface FindingsListProps {
  phones: readonly PhoneRow[];
  carriers: readonly CarrierRow[];
  /** The reader's SIMs: a carrier they hold is listed first, open, and says so. */
  sims: readonly SimStatus[];
  homeRegion: string;
  i18n: Translator;
  /** Today as YYYY-MM-DD: offers past their end are not shown. */
  today: string;
  onReveal(kind: 'phone' | 'carrier', key: string, frameId: number): void;
}

/** Beyond this many carriers each starts collapsed, so a reader sees them all at a glance. */
const collapseCarriersAbove = 2;

/** How the reader would write it: national at home, international otherwise. */
function displayedNumber({ entry, description }: PhoneRow, homeRegion: string): string {
  if (!description) return entry.shortCode ?? entry.sample;
  return description.region === homeRegion ? description.forms.national : description.forms.international;
}

/** The numbers and carriers a page mentions, each once with its count; a click shows it on the page. */
/** The labels of the reader's SIMs on a carrier, each SIM named by its label or else its number. */
function heldLabels(sims: readonly SimStatus[], carrierId: string): string[] {
  return sims.flatMap(({ sim, carrier, number }) =>
    carrier?.id === carrierId ? [sim.label || number || carrier.id] : [],
  );
}

export function FindingsList({
  phones,
  carriers,
  sims,
  homeRegion,
  i18n,
  today,
  onReveal,
}: FindingsListProps) {
  const rows = carriers.map((row) => ({ ...row, held: heldLabels(sims, row.carrier.id) }));
  const ordered = [
    ...rows.filter((row) => row.held.length > 0),
    ...rows.filter((row) => row.held.length === 0),
  ];
  return (
    <>
      {phones.length > 0 && (
        <section class="dw-section" aria-labelledby="dw-numbers">
          <h2 id="dw-numbers">{i18n.t('popupNumbersHeading')}</h2>
          <ul class="dw-findings">
            {phones.map((row) => {
              const shown = displayedNumber(row, homeRegion);
              const region = row.description?.region ?? row.entry.region;
              return (
                <li key={row.entry.key}>
                  <button
                    type="button"
                    class="dw-finding"
                    onClick={() => onReveal('phone', row.entry.key, row.entry.frameId)}
                    title={i18n.t('popupShowOnPage', shown)}
                  >
                    <span class="dw-finding-main">{shown}</span>
                    <span class="dw-finding-meta">
                      <span aria-hidden="true">{flagOf(region)}</span> {region ? i18n.regionName(region) : ''}{' '}
                      · {i18n.t(lineTypeKey(row.description?.type ?? row.entry.type))}
                    </span>
                    <span class="dw-count">{i18n.t('popupCount', String(row.entry.count))}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {carriers.length > 0 && (
        <section class="dw-section" aria-labelledby="dw-carriers">
          <h2 id="dw-carriers">{i18n.t('popupCarriersHeading')}</h2>
          <ul class="dw-carriers">
            {ordered.map(({ entry, carrier, held }) => (
              <li key={entry.id} class="dw-carrier-item">
                {held.length > 0 && <p class="dw-held">{i18n.t('popupYouHold', held.join(', '))}</p>}
                {carriers.length > collapseCarriersAbove && held.length === 0 ? (
                  <details class="dw-carrier-details">
                    <summary>
                      <span aria-hidden="true">{flagOf(carrier.region)}</span> {i18n.localized(carrier.names)}
                    </summary>
                    <CarrierCard carrier={carrier} i18n={i18n} today={today} showName={false} />
                  </details>
                ) : (
                  <CarrierCard carrier={carrier} i18n={i18n} today={today} />
                )}
                <button
                  type="button"
                  class="dw-link-button"
                  onClick={() => onReveal('carrier', entry.id, entry.frameId)}
                >
                  {i18n.t('popupShowCarrierOnPage', i18n.localized(carrier.names))}{' '}
                  <span class="dw-count">{i18n.t('popupCount', String(entry.count))}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
