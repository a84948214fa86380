import type { CountryCode } from 'libphonenumber-js';
import { useState } from 'preact/hooks';
import type { MessageKey, Translator } from '../lib/i18n';
import { moveSim, newSimId, otherCarrier, type Sim, simLimits } from '../lib/sims/sim';
import type { SimEditing } from '../lib/sims/sim-editing';
import { mergeSims, readSimsFile, type SimsFileProblem, simsFileText } from '../lib/sims/sim-file';
import { SimForm, simKindKeys } from './SimForm';

interface SimsEditorProps {
  i18n: Translator;
  sims: readonly Sim[];
  /** Stored entries that could not be read and are left out. */
  unreadable: number;
  homeRegion: CountryCode;
  editing: SimEditing;
  onChange(sims: Sim[]): void;
}

const problemKeys: Record<Exclude<SimsFileProblem, 'bad-entry'>, MessageKey> = {
  'too-large': 'simsImportTooLarge',
  'not-json': 'simsImportNotJson',
  'not-sims-file': 'simsImportNotSims',
};

type ImportOutcome = { ok: true; count: number } | { ok: false; message: string } | null;

function blankSim(held: readonly Sim[]): Sim {
  return {
    id: newSimId(held),
    carrierId: otherCarrier,
    number: null,
    label: '',
    kind: 'prepaid',
    lastActive: null,
    keepDays: null,
  };
}

/** My SIMs: add, edit, reorder and remove the cards the reader holds; export and import them as a file. */
export function SimsEditor({ i18n, sims, unreadable, homeRegion, editing, onChange }: SimsEditorProps) {
  const [editingSim, setEditingSim] = useState<Sim | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome>(null);
  const carrierName = (sim: Sim) => {
    const carrier = sim.carrierId === otherCarrier ? null : editing.carrier(sim.carrierId);
    return carrier ? i18n.localized(carrier.names) : (sim.otherName ?? sim.carrierId);
  };
  const nameOf = (sim: Sim) => sim.label || carrierName(sim);

  const shownNumber = (e164: string, carrierId: string) => {
    const reading = editing.readNumber(e164, carrierId, homeRegion);
    return reading.ok ? reading.international : e164;
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const reading = readSimsFile(await file.text());
    if (!reading.ok) {
      const message =
        reading.problem === 'bad-entry'
          ? i18n.t('simsImportBadEntry', String(reading.entry))
          : i18n.t(problemKeys[reading.problem]);
      return setOutcome({ ok: false, message });
    }
    const merged = mergeSims(sims, reading.sims);
    if (!merged)
      return setOutcome({ ok: false, message: i18n.t('simsImportTooMany', String(simLimits.sims)) });
    onChange(merged);
    setOutcome({ ok: true, count: reading.sims.length });
  };

  return (
    <section class="dw-field" aria-labelledby="dw-sims-heading">
      <h2 id="dw-sims-heading">{i18n.t('simsHeading')}</h2>
      {unreadable > 0 && (
        <p class="dw-error" role="alert">
          {i18n.t('simsUnreadable', String(unreadable))}
        </p>
      )}
      {sims.length === 0 && <p class="dw-hint">{i18n.t('simsEmpty')}</p>}
      <ul class="dw-sim-lines">
        {sims.map((sim, index) => {
          const name = nameOf(sim);
          return (
            <li key={sim.id} class="dw-sim-line">
              {editingSim?.id === sim.id ? (
                <SimForm
                  i18n={i18n}
                  sim={sim}
                  homeRegion={homeRegion}
                  editing={editing}
                  onSave={(saved) => {
                    onChange(sims.map((held) => (held.id === saved.id ? saved : held)));
                    setEditingSim(null);
                  }}
                  onCancel={() => setEditingSim(null)}
                />
              ) : (
                <>
                  <p>
                    <strong>{name}</strong>{' '}
                    <span class="dw-hint">
                      {i18n.t(simKindKeys[sim.kind])}
                      {sim.number && ` · ${shownNumber(sim.number, sim.carrierId)}`}
                    </span>
                  </p>
                  <p class="dw-sim-buttons">
                    <button
                      type="button"
                      aria-label={i18n.t('simEditNamed', name)}
                      onClick={() => setEditingSim(sim)}
                    >
                      {i18n.t('simEdit')}
                    </button>
                    <button
                      type="button"
                      aria-label={i18n.t('simUpNamed', name)}
                      disabled={index === 0}
                      onClick={() => onChange(moveSim(sims, index, index - 1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={i18n.t('simDownNamed', name)}
                      disabled={index === sims.length - 1}
                      onClick={() => onChange(moveSim(sims, index, index + 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={i18n.t('simRemoveNamed', name)}
                      onClick={() => onChange(sims.filter((held) => held.id !== sim.id))}
                    >
                      ×
                    </button>
                  </p>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {editingSim && !sims.some((sim) => sim.id === editingSim.id) ? (
        <SimForm
          i18n={i18n}
          sim={editingSim}
          homeRegion={homeRegion}
          editing={editing}
          onSave={(saved) => {
            onChange([...sims, saved]);
            setEditingSim(null);
          }}
          onCancel={() => setEditingSim(null)}
        />
      ) : (
        sims.length < simLimits.sims && (
          <p class="dw-sim-buttons">
            <button type="button" class="dw-sim-add" onClick={() => setEditingSim(blankSim(sims))}>
              {i18n.t('simAdd')}
            </button>
          </p>
        )
      )}
      <p class="dw-sim-buttons">
        <a
          href={`data:application/json;charset=utf-8,${encodeURIComponent(simsFileText(sims))}`}
          download="dialwise-sims.json"
        >
          {i18n.t('simsExport')}
        </a>
        <label>
          {i18n.t('simsImport')}{' '}
          <input
            type="file"
            class="dw-sim-import"
            accept="application/json,.json"
            onChange={(event) => {
              void importFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      {outcome && (
        <p class={outcome.ok ? 'dw-hint' : 'dw-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.ok ? i18n.t('simsImported', String(outcome.count)) : outcome.message}
        </p>
      )}
    </section>
  );
}
