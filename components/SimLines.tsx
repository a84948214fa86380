import type { Translator } from '../lib/i18n';
import type { SimLine } from '../lib/sims/reach';
import { QuestionAnswers } from './QuestionAnswers';

interface SimLinesProps {
  lines: readonly SimLine[];
  /** Where the reader is now. */
  where: string;
  i18n: Translator;
  today: string;
}

export function simCarrierName(
  line: Pick<SimLine, 'carrier' | 'otherName'>,
  i18n: Pick<Translator, 'localized'>,
): string {
  return line.carrier ? i18n.localized(line.carrier.names) : (line.otherName ?? '');
}

/** One line per SIM the reader holds: how it dials and texts the number from where they are, with sources. */
export function SimLines({ lines, where, i18n, today }: SimLinesProps) {
  if (lines.length === 0) return null;
  return (
    <section class="dw-sims" aria-label={i18n.t('cardYourSims', i18n.regionName(where))}>
      <p class="dw-topic-title">{i18n.t('cardYourSims', i18n.regionName(where))}</p>
      <ul class="dw-sim-lines">
        {lines.map((line) => {
          const carrier = simCarrierName(line, i18n);
          return (
            <li key={line.simId} class="dw-sim-line">
              <p>
                <strong>{line.label || carrier}</strong>
                {line.label && carrier && <span class="dw-hint"> · {carrier}</span>}
              </p>
              {line.dial ? (
                <p>
                  {i18n.t('cardSimDial')} <code class="dw-value">{line.dial.value}</code>
                  {line.roaming && ` · ${i18n.t('cardSimRoaming')}`} ·{' '}
                  {i18n.t(line.text ? 'cardSimCanText' : 'cardSimCannotText')}
                </p>
              ) : (
                <p class="dw-hint">{i18n.t('cardSimNoNumber')}</p>
              )}
              {line.answers.length > 0 && (
                <dl class="dw-questions">
                  {line.answers.map((answer) => (
                    <QuestionAnswers
                      key={answer.question}
                      question={answer.question}
                      notes={answer.notes}
                      i18n={i18n}
                      today={today}
                    />
                  ))}
                </dl>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
