import type { Translator } from '../lib/i18n';
import { isDue } from '../lib/sims/keep-watch';
import type { SimStatus } from '../lib/sims/sim-status';
import { daysLeftText } from './keep-text';
import { Provenance } from './Provenance';
import { simCarrierName } from './SimLines';

interface SimsSummaryProps {
  sims: readonly SimStatus[];
  i18n: Translator;
  today: string;
  onManage(): void;
}

/** What the popup says of each SIM: its number, and how many days it has before it must be kept alive. */
function keepLine({ sim, keep, keepNote }: SimStatus, i18n: Translator, today: string) {
  if (sim.kind === 'postpaid') return null;
  if (!keep) return <p class="dw-hint">{i18n.t(sim.lastActive === null ? 'keepNoDate' : 'keepUnknown')}</p>;
  return (
    <>
      <p>
        <span class={isDue(keep) ? 'dw-sim-due' : undefined}>{daysLeftText(keep, i18n)}</span> ·{' '}
        {i18n.t('keepUntil', i18n.date(keep.validUntil))}
        {keep.basis === 'own' && ` · ${i18n.t('keepBasisOwn')}`}
      </p>
      {keepNote && <Provenance note={keepNote} i18n={i18n} today={today} />}
    </>
  );
}

/** The popup's short view of My SIMs; the options page holds the editor. */
export function SimsSummary({ sims, i18n, today, onManage }: SimsSummaryProps) {
  if (sims.length === 0) return null;
  return (
    <section class="dw-section" aria-labelledby="dw-my-sims">
      <h2 id="dw-my-sims">{i18n.t('popupSimsHeading')}</h2>
      <ul class="dw-sim-lines">
        {sims.map((status) => {
          const carrier = simCarrierName(
            { carrier: status.carrier, otherName: status.sim.otherName ?? null },
            i18n,
          );
          return (
            <li key={status.sim.id} class="dw-sim-line">
              <p>
                <strong>{status.sim.label || carrier}</strong>
                <span class="dw-hint">
                  {status.sim.label && carrier && ` · ${carrier}`}
                  {status.number && ` · ${status.number}`}
                </span>
              </p>
              {keepLine(status, i18n, today)}
            </li>
          );
        })}
      </ul>
      <button type="button" class="dw-link-button" onClick={onManage}>
        {i18n.t('popupSimsManage')}
      </button>
    </section>
  );
}
