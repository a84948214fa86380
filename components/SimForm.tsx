import type { CountryCode } from 'libphonenumber-js';
import { useState } from 'preact/hooks';
import type { MessageKey, Translator } from '../lib/i18n';
import { otherCarrier, type Sim, type SimKind, simKinds, simLimits } from '../lib/sims/sim';
import type { SimEditing } from '../lib/sims/sim-editing';
import { CarrierPicker, type PickedCarrier } from './CarrierPicker';
import { keepRuleText } from './keep-text';

interface SimFormProps {
  i18n: Translator;
  /** The SIM being edited; a new one has an id and nothing else yet. */
  sim: Sim;
  homeRegion: CountryCode;
  editing: SimEditing;
  onSave(sim: Sim): void;
  onCancel(): void;
}

export const simKindKeys: Record<SimKind, MessageKey> = {
  prepaid: 'simKindPrepaid',
  postpaid: 'simKindPostpaid',
  'data-esim': 'simKindDataEsim',
  virtual: 'simKindVirtual',
};

function pickedOf(sim: Sim, editing: SimEditing): PickedCarrier | null {
  if (sim.carrierId === otherCarrier) return sim.otherName ? { kind: 'other', name: sim.otherName } : null;
  const choice = editing.carrier(sim.carrierId);
  return choice ? { kind: 'known', choice } : null;
}

type Problem = 'simCarrierMissing' | 'simNumberInvalid' | 'simNumberMissing';

/** One SIM's fields, checked on save: a carrier, a valid number unless it is a data-only eSIM. */
export function SimForm({ i18n, sim, homeRegion, editing, onSave, onCancel }: SimFormProps) {
  const [picked, setPicked] = useState(pickedOf(sim, editing));
  const [numberText, setNumberText] = useState(() => {
    if (sim.number === null) return '';
    const reading = editing.readNumber(sim.number, sim.carrierId, homeRegion);
    return reading.ok ? reading.international : sim.number;
  });
  const [label, setLabel] = useState(sim.label);
  const [kind, setKind] = useState<SimKind>(sim.kind);
  const [lastActive, setLastActive] = useState(sim.lastActive ?? '');
  const [keepDays, setKeepDays] = useState(sim.keepDays === null ? '' : String(sim.keepDays));
  const [problem, setProblem] = useState<Problem | null>(null);
  const carrierId = picked?.kind === 'known' ? picked.choice.id : otherCarrier;
  const rule = picked?.kind === 'known' ? editing.keepRule(picked.choice.id) : null;

  const save = (event: Event) => {
    event.preventDefault();
    if (!picked) return setProblem('simCarrierMissing');
    let number: string | null = null;
    if (numberText.trim() !== '') {
      const reading = editing.readNumber(numberText, carrierId, homeRegion);
      if (!reading.ok) return setProblem('simNumberInvalid');
      number = reading.e164;
    } else if (kind !== 'data-esim') return setProblem('simNumberMissing');
    const days = Number.parseInt(keepDays, 10);
    onSave({
      id: sim.id,
      carrierId,
      ...(picked.kind === 'other' && { otherName: picked.name.slice(0, simLimits.otherName) }),
      number,
      label: label.trim().slice(0, simLimits.label),
      kind,
      lastActive: /^\d{4}-\d{2}-\d{2}$/.test(lastActive) ? lastActive : null,
      keepDays: rule || !(days >= 1 && days <= simLimits.keepDays) ? null : days,
    });
  };

  return (
    <form class="dw-sim-form" onSubmit={save}>
      <CarrierPicker i18n={i18n} picked={picked} search={editing.search} onPick={setPicked} />
      <label class="dw-field">
        <span>{i18n.t('simNumber')}</span>
        <input
          name="simNumber"
          type="tel"
          value={numberText}
          aria-invalid={problem === 'simNumberInvalid' || problem === 'simNumberMissing'}
          onInput={(event) => setNumberText(event.currentTarget.value)}
        />
        <span class="dw-hint">{i18n.t('simNumberHint')}</span>
      </label>
      <label class="dw-field">
        <span>{i18n.t('simLabel')}</span>
        <input
          name="simLabel"
          type="text"
          maxLength={simLimits.label}
          value={label}
          onInput={(event) => setLabel(event.currentTarget.value)}
        />
      </label>
      <label class="dw-field">
        <span>{i18n.t('simKind')}</span>
        <select
          name="simKind"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as SimKind)}
        >
          {simKinds.map((value) => (
            <option key={value} value={value}>
              {i18n.t(simKindKeys[value])}
            </option>
          ))}
        </select>
      </label>
      <label class="dw-field">
        <span>{i18n.t('simLastActive')}</span>
        <input
          name="simLastActive"
          type="date"
          value={lastActive}
          onInput={(event) => setLastActive(event.currentTarget.value)}
        />
      </label>
      {rule ? (
        <p class="dw-hint">
          {i18n.t('simKeepRule', keepRuleText(rule, i18n))} ·{' '}
          <a href={rule.source} target="_blank" rel="noopener noreferrer">
            {i18n.t('noteSource')}: {new URL(rule.source).hostname}
          </a>
        </p>
      ) : (
        <label class="dw-field">
          <span>{i18n.t('simKeepDays')}</span>
          <input
            name="simKeepDays"
            type="number"
            min={1}
            max={simLimits.keepDays}
            value={keepDays}
            onInput={(event) => setKeepDays(event.currentTarget.value)}
          />
          <span class="dw-hint">{i18n.t('simKeepDaysHint')}</span>
        </label>
      )}
      {problem && (
        <p class="dw-error" role="alert">
          {i18n.t(problem)}
        </p>
      )}
      <p class="dw-sim-buttons">
        <button type="submit">{i18n.t('simSave')}</button>
        <button type="button" onClick={onCancel}>
          {i18n.t('simCancel')}
        </button>
      </p>
    </form>
  );
}
