import type { Carrier } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { CarrierNotes, mostUsefulNotes } from './CarrierNotes';
import { carrierKindKeys, flagOf } from './labels';

interface CarrierCardProps {
  carrier: Carrier;
  i18n: Translator;
  /** Show only this many notes (the most useful ones) and point to the popup for the rest. */
  noteLimit?: number;
  /** False where the name already stands above the card (the hover card's title). */
  showName?: boolean;
}

/** Who a carrier is, and what to know about roaming, texts, eSIMs and keeping a number with it. */
export function CarrierCard({ carrier, i18n, noteLimit, showName = true }: CarrierCardProps) {
  const name = i18n.localized(carrier.names);
  const otherNames = [...new Set([carrier.names.local, carrier.names.en])].filter(
    (other): other is string => other !== undefined && other !== name,
  );
  const notes = noteLimit === undefined ? carrier.notes : mostUsefulNotes(carrier.notes, noteLimit);
  return (
    <div class="dw-carrier">
      {showName && (
        <p class="dw-headline">
          <span class="dw-flag" aria-hidden="true">
            {flagOf(carrier.region)}
          </span>{' '}
          <strong class="dw-name">{name}</strong>
          {otherNames.length > 0 && <span class="dw-other-names"> ({otherNames.join(' · ')})</span>}
        </p>
      )}
      <p class="dw-meta">
        {!showName && (
          <span class="dw-flag" aria-hidden="true">
            {flagOf(carrier.region)}{' '}
          </span>
        )}
        {carrier.region === 'global' ? i18n.t('regionGlobal') : i18n.regionName(carrier.region)} ·{' '}
        {i18n.t(carrierKindKeys[carrier.kind])}
        {!showName && otherNames.length > 0 && ` · ${otherNames.join(' · ')}`}
      </p>
      {notes.length > 0 ? (
        <CarrierNotes notes={notes} i18n={i18n} headingLevel={4} />
      ) : (
        <p class="dw-hint">{i18n.t('cardCarrierNoNotes')}</p>
      )}
      {noteLimit !== undefined && carrier.notes.length > notes.length && (
        <p class="dw-hint">{i18n.t('cardMoreInPopup')}</p>
      )}
    </div>
  );
}
