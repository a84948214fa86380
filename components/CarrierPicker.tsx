import { useState } from 'preact/hooks';
import type { Translator } from '../lib/i18n';
import type { CarrierChoice } from '../lib/sims/carrier-search';
import { flagOf } from './labels';

/** The picked carrier: one of the knowledge base's, or "other" with the name the reader typed. */
export type PickedCarrier = { kind: 'known'; choice: CarrierChoice } | { kind: 'other'; name: string };

interface CarrierPickerProps {
  i18n: Translator;
  picked: PickedCarrier | null;
  search(query: string): CarrierChoice[];
  onPick(picked: PickedCarrier | null): void;
}

/** Type a carrier's name in any language or an alias; pick it from the knowledge base, or keep it as "other". */
export function CarrierPicker({ i18n, picked, search, onPick }: CarrierPickerProps) {
  const shown = picked?.kind === 'known' ? i18n.localized(picked.choice.names) : (picked?.name ?? '');
  const [query, setQuery] = useState(shown);
  const typing = query.trim() !== '' && query !== shown;
  const choices = typing ? search(query) : [];
  return (
    <div class="dw-field">
      <label for="dw-sim-carrier">{i18n.t('simCarrier')}</label>
      <input
        id="dw-sim-carrier"
        type="text"
        autocomplete="off"
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          onPick(null);
        }}
      />
      <span class="dw-hint">{i18n.t('simCarrierHint')}</span>
      {typing && (
        <div class="dw-sim-buttons">
          {choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              data-carrier={choice.id}
              onClick={() => {
                setQuery(i18n.localized(choice.names));
                onPick({ kind: 'known', choice });
              }}
            >
              <span aria-hidden="true">{flagOf(choice.region)}</span> {i18n.localized(choice.names)}
            </button>
          ))}
          <button
            type="button"
            onClick={() => {
              const name = query.trim();
              setQuery(name);
              onPick({ kind: 'other', name });
            }}
          >
            {i18n.t('simCarrierOther', query.trim())}
          </button>
        </div>
      )}
    </div>
  );
}
