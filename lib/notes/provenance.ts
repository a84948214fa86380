import type { Carrier, Note, Question, SourceKind } from '../carriers/schema';
import { dayIn } from '../days';

/** A source older than this many years is shown as possibly out of date. */
const staleAfterYears = 3;

/** "2024" → "2024-12-31", "2024-03" → "2024-03-31": a period counts as old only once it is over. */
function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

function yearsBefore(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

/** Whether a note may be shown on `today` (YYYY-MM-DD): an offer past its last day is not. */
export function isCurrent(note: Pick<Note, 'validUntil'>, today: string): boolean {
  return note.validUntil === undefined || note.validUntil >= today;
}

/** How far to trust a note, as the UI words it: who wrote its source, and when the source says it was. */
export interface Provenance {
  kind: SourceKind;
  /** The year the source states, when it states one. */
  year: string | null;
  /** The source is over three years old. */
  possiblyOutOfDate: boolean;
}

export function provenanceOf(note: Pick<Note, 'sourceKind' | 'sourceDate'>, today: string): Provenance {
  const date = note.sourceDate ?? null;
  return {
    kind: note.sourceKind,
    year: date?.slice(0, 4) ?? null,
    possiblyOutOfDate: date !== null && lastDayOf(date) < yearsBefore(today, staleAfterYears),
  };
}

/** The notes of a carrier that answer a question and may be shown today; none means "no source found". */
export function answersTo(carrier: Pick<Carrier, 'notes'>, question: Question, today: string): Note[] {
  return carrier.notes.filter((note) => note.answers?.includes(question) && isCurrent(note, today));
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function localToday(now: Date = new Date()): string {
  return dayIn(now);
}
