import type { Note, Question } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { questionKeys } from './labels';
import { Provenance } from './Provenance';

interface QuestionAnswersProps {
  question: Question;
  /** The sourced answers; none reads "No source found". */
  notes: readonly Note[];
  i18n: Translator;
  today: string;
}

/** One reader question: its sourced answers with how far to trust each, or "No source found". */
export function QuestionAnswers({ question, notes, i18n, today }: QuestionAnswersProps) {
  return (
    <div class="dw-question">
      <dt>{i18n.t(questionKeys[question])}</dt>
      {notes.length === 0 ? (
        <dd class="dw-hint">{i18n.t('noSourceFound')}</dd>
      ) : (
        notes.map((note) => (
          <dd key={`${note.source}|${note.text.en}`}>
            <p>{i18n.localized(note.text)}</p>
            <Provenance note={note} i18n={i18n} today={today} />
          </dd>
        ))
      )}
    </div>
  );
}
