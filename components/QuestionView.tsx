import type { Carrier, Question } from '../lib/carriers/schema';
import { questions } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { answersTo } from '../lib/notes/provenance';
import { QuestionAnswers } from './QuestionAnswers';

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
      {only.map((question) => (
        <QuestionAnswers
          key={question}
          question={question}
          notes={answersTo(carrier, question, today)}
          i18n={i18n}
          today={today}
        />
      ))}
    </dl>
  );
}
