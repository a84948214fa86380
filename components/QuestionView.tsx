import type { Carrier, Question } from '../lib/carriers/schema';
import { questions } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { answersTo } from '../lib/notes/provenance';
import { questionKeys } from './labels';
import { Provenance } from './Provenance';

interface QuestionViewProps {
  carrier: Carrier;
  i18n: Translator;
  /** Today as YYYY-MM-DD: offers past their end are not shown. */
  today: string;
  /** The questions to answer; all six by default. */
  only?: readonly Question[];
}

/**
 * The questions readers ask about a SIM, one line each: the sourced answer with how far to trust it,
 * or "No source found" — never a guess.
 */
export function QuestionView({ carrier, i18n, today, only = questions }: QuestionViewProps) {
  return (
    <dl class="dw-questions">
      {only.map((question) => {
        const answers = answersTo(carrier, question, today);
        return (
          <div key={question} class="dw-question">
            <dt>{i18n.t(questionKeys[question])}</dt>
            {answers.length === 0 ? (
              <dd class="dw-hint">{i18n.t('noSourceFound')}</dd>
            ) : (
              answers.map((note) => (
                <dd key={`${note.source}|${note.text.en}`}>
                  <p>{i18n.localized(note.text)}</p>
                  <Provenance note={note} i18n={i18n} today={today} />
                </dd>
              ))
            )}
          </div>
        );
      })}
    </dl>
  );
}
