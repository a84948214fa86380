/**
 * Finds the digit runs worth handing to the number parser, so the parser only ever sees the few
 * stretches of a page's text that can hold a number; most text holds none.
 */
import { digitValue } from '../digits';

/** A run of digits with the punctuation phone numbers are written with, e.g. "(02)2311-4567". */
export interface CandidateSpan {
  start: number;
  end: number;
  /** How many digits the run holds, ASCII and full-width alike. */
  digits: number;
}

/**
 * Shorter runs are left to the short-code finder: full numbers as people write them have more
 * digits (Hong Kong "2880 2688" 8, Germany "030 12345" 8, Singapore "6123 4567" 8).
 */
export const MIN_NUMBER_DIGITS = 6;

/**
 * Service codes such as 110 or 10086 are the shortest numbers worth marking. Two-digit codes
 * (France's 15, 17, 18) are left out: admitting every two-digit run triples the runs on a page.
 */
export const MIN_SHORT_CODE_DIGITS = 3;

// Three or more digits with at most four separator characters between neighbours: spaces (ASCII,
// no-break, ideographic), dots, dashes, slashes and brackets, full-width forms included. Line
// breaks end a run. A leading "+" or bracket is added by looking back, which keeps the pattern's
// first character a digit: that lets the regex engine skip prose about twice as fast.
// Digits: ASCII, full-width, Arabic-Indic (٠٥٠١), Extended Arabic-Indic, Devanagari and Thai (๐๒).
// Invisible characters inside a number (soft hyphen, zero-width space, joiners, direction marks, word
// joiner, BOM) separate like a space: see normalize.ts.
const DIGIT_RUN =
  /[0-9０-９٠-٩۰-۹०-९๐-๙](?:[ \t\u00a0\u3000\u2009\u202f\u00ad\u200b-\u200f\u2060\ufeff.．\-‐-―－−/／()（）[\]［］]{0,4}[0-9０-９٠-٩۰-۹०-९๐-๙]){2,}/g;

/** A plus or an opening bracket written before a number's first digit: "+86", "(02)". */
export const LEADING_CHARS = '+＋(（[［';
const MAX_LEADING_CHARS = 2;

function leadingStart(text: string, start: number): number {
  let from = start;
  while (from > 0 && start - from < MAX_LEADING_CHARS && LEADING_CHARS.includes(text.charAt(from - 1)))
    from--;
  return from;
}

function countDigits(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (digitValue(text.charCodeAt(i)) >= 0) count++;
  return count;
}

/** Every digit run with at least `minDigits` (three or more) digits, in document order. */
export function findCandidateSpans(text: string, minDigits: number = MIN_NUMBER_DIGITS): CandidateSpan[] {
  const spans: CandidateSpan[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let match = DIGIT_RUN.exec(text); match !== null; match = DIGIT_RUN.exec(text)) {
    const end = match.index + match[0].length;
    const digits = countDigits(text, match.index, end);
    if (digits >= minDigits) spans.push({ start: leadingStart(text, match.index), end, digits });
  }
  return spans;
}
