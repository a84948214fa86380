import type { Carrier, Question } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { CarrierNotes } from './CarrierNotes';
import { carrierKindKeys, flagOf } from './labels';
import { QuestionView } from './QuestionView';

interface CarrierCardProps {
  carrier: Carrier;
  i18n: Translator;
  /** Today as YYYY-MM-DD: offers past their end are not shown. */
  today: string;
  /**
   * The hover card's brief form: the answers to the two questions readers ask most, and a pointer
   * to the popup; otherwise all six answers, with every note behind a disclosure.
   */
  brief?: boolean;
  /** False where the name already stands above the card (the hover card's title). */
  showName?: boolean;
}

/** Asked most about a SIM seen on a page: will texts reach it abroad, what keeps the number alive. */
const briefQuestions: readonly Question[] = ['receiveSmsAbroad', 'keepNumber'];

/** Who a carrier is, and the sourced answers to what readers ask about its SIMs. */
export function CarrierCard({ carrier, i18n, today, brief = false, showName = true }: CarrierCardProps) {
  const name = i18n.localized(carrier.names);
  const otherNames = [...new Set([carrier.names.local, carrier.names.en])].filter(
    (other): other is string => other !== undefined && other !== name,
  );
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
      <QuestionView carrier={carrier} i18n={i18n} today={today} only={brief ? briefQuestions : undefined} />
      {brief ? (
        <p class="dw-hint">{i18n.t('cardMoreInPopup')}</p>
      ) : carrier.notes.length > 0 ? (
        <details class="dw-all-notes">
          <summary>{i18n.t('carrierAllNotes')}</summary>
          <CarrierNotes notes={carrier.notes} i18n={i18n} today={today} headingLevel={4} />
        </details>
      ) : (
        <p class="dw-hint">{i18n.t('cardCarrierNoNotes')}</p>
      )}
    </div>
  );
}
