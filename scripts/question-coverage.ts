/**
 * How many of the six reader questions the knowledge base answers from a source, for the carriers
 * readers hold most and for all carriers: `npx tsx scripts/question-coverage.ts`.
 */
import { carriers } from '../lib/carriers/catalog';
import { readersCarrierIds } from '../lib/carriers/readers-carriers';
import { questions } from '../lib/carriers/schema';
import { answersTo, localToday } from '../lib/notes/provenance';

const today = localToday();
const rows = readersCarrierIds.map((id) => {
  const carrier = carriers().find((entry) => entry.id === id);
  if (!carrier) throw new Error(`no carrier ${id} in the catalog`);
  const answered = questions.filter((question) => answersTo(carrier, question, today).length > 0);
  return {
    id,
    answered: answered.length,
    unanswered: questions.filter((q) => !answered.includes(q)).join(' '),
  };
});
console.table(rows);
const answered = rows.reduce((sum, row) => sum + row.answered, 0);
const asked = rows.length * questions.length;
console.log(
  `readers' carriers: ${answered} of ${asked} questions answered from a source (${((100 * answered) / asked).toFixed(1)} %)`,
);
const all = carriers().reduce(
  (sum, carrier) => sum + questions.filter((q) => answersTo(carrier, q, today).length > 0).length,
  0,
);
console.log(`all ${carriers().length} carriers: ${all} of ${carriers().length * questions.length} answered`);
