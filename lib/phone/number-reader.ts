/**
 * Reads full numbers out of normalized text (see normalize.ts: ASCII digits, spaces and dashes).
 *
 * libphonenumber-js's own text matcher (PhoneNumberMatcher) compiles Unicode-wide patterns on
 * every call and parses every candidate afresh, which is where nearly all the time went on
 * number-dense pages. This reader walks the text the way that matcher does — the same candidate
 * shape, the same rejections of dates, time stamps, page references and letters glued to digits,
 * the same fall-back to the first inner number — with ASCII patterns, since the text is already
 * normalized, and hands each candidate to libphonenumber-js's parser, whose metadata decides
 * (possible lengths, national patterns, national prefixes). What the parser says about a candidate
 * does not depend on the text around it, so it is remembered (verified-number.ts).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { type ReadNumber, verifiedNumber } from './verified-number';

export interface NumberMatch {
  start: number;
  end: number;
  number: ReadNumber;
}

/**
 * Up to two leading "+", "(" or "[", then digit blocks joined by up to four punctuation marks, then
 * an extension with one of the labels libphonenumber-js reads ("ext.", "x", "#", "anexo", "int.",
 * "доб."): the parser takes the extension from the candidate.
 */
const CANDIDATE =
  /(?:[([+][-x ()[\]./~\u2053\u223c]{0,4}){0,2}\d{1,20}(?:[- ()[\]./~\u2053\u223c]{0,4}\d{1,20}){0,20}(?:[ ,]{0,3}(?:ext(?:ension|n)?\.?|extensi[óo]n|anexo|ramal|int\.?|доб\.?|x|#)[ :.]{0,3}\d{1,7}#?)?/giu;

const SLASH_SEPARATED_DATE = /(?:(?:[0-3]?\d\/[01]?\d)|(?:[01]?\d\/[0-3]?\d))\/(?:[12]\d)?\d{2}/;
const TIME_STAMP = /[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d$/;
const MINUTES_AFTER = /^:[0-5]\d/;

/** Brackets must pair up, at most a few times: "(02) 2311-4567" yes, "(02 2311) (4567" no. */
const BRACKETS_PAIRED = /^[([]?(?:[^()[\]]+[)\]])?[^()[\]]+(?:[([][^()[\]]+[)\]]){0,3}[^()[\]]*$/;
/** "pp. 12-34 (2005": a page range before a year, not a number. */
const PAGE_REFERENCE = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
const LEADING_MARK = /^[([+]/;
/** Beyond ASCII (handled first): Latin-1, Latin Extended and their combining marks. */
const LATIN_LETTER = /^[\p{L}\p{Mn}]$/u;
const CURRENCY = /^\p{Sc}$/u;

/**
 * Where the whole candidate is not a number, the first number inside it: before "/", inside
 * brackets, around a spaced dash, after dots or spaces ("2880 2688 / 2880 2699").
 */
const INNER_NUMBERS = [/\/+(.*)/g, /(\([^(]*)/g, /(?: -|- ) *(.+)/g, /\.+ *([^.]+)/g, / +([^ ]+)/g];
const UNWANTED_END = /[^\p{N}\p{L}#]+$/u;

function inLatinBlocks(code: number): boolean {
  return (
    (code >= 0x80 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A Latin letter, "%" or a currency sign right beside digits: "A380-8000", "50%", "$1380". */
function glued(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return isAsciiLetter(code) || char === '%' || char === '$';
  if (CURRENCY.test(char)) return true;
  return LATIN_LETTER.test(char) && inLatinBlocks(code);
}

/** Brackets and page references only matter where the candidate has brackets. */
function hasBracket(candidate: string): boolean {
  return (
    candidate.includes('(') || candidate.includes('[') || candidate.includes(')') || candidate.includes(']')
  );
}

function trimmedEnd(candidate: string): string {
  const at = candidate.search(UNWANTED_END);
  return at >= 0 ? candidate.slice(0, at) : candidate;
}

function isPlausible(candidate: string, start: number, text: string): boolean {
  if (hasBracket(candidate) && (!BRACKETS_PAIRED.test(candidate) || PAGE_REFERENCE.test(candidate)))
    return false;
  if (start > 0 && !LEADING_MARK.test(candidate) && glued(text[start - 1])) return false;
  return !glued(text[start + candidate.length]);
}

function verified(candidate: string, start: number, text: string, region: CountryCode): NumberMatch | null {
  if (candidate === '' || !isPlausible(candidate, start, text)) return null;
  const number = verifiedNumber(candidate, region);
  return number === null ? null : { start, end: start + candidate.length, number };
}

function innerNumber(
  candidate: string,
  start: number,
  text: string,
  region: CountryCode,
): NumberMatch | null {
  for (const pattern of INNER_NUMBERS) {
    pattern.lastIndex = 0;
    let first = true;
    for (let inner = pattern.exec(candidate); inner !== null; inner = pattern.exec(candidate)) {
      if (first) {
        const before = verified(trimmedEnd(candidate.slice(0, inner.index)), start, text, region);
        if (before !== null) return before;
        first = false;
      }
      const part = trimmedEnd(inner[1] ?? '');
      const found = verified(part, start + candidate.indexOf(part, inner.index), text, region);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Every number libphonenumber-js's metadata accepts in `text`, in order, offsets in `text`. */
export function readNumbers(text: string, region: CountryCode): NumberMatch[] {
  const matches: NumberMatch[] = [];
  const pattern = CANDIDATE;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    const candidate = found[0];
    const start = found.index;
    if (SLASH_SEPARATED_DATE.test(candidate)) continue;
    if (TIME_STAMP.test(candidate) && MINUTES_AFTER.test(text.slice(start + candidate.length))) continue;
    const match = verified(candidate, start, text, region) ?? innerNumber(candidate, start, text, region);
    if (match === null) continue;
    matches.push(match);
    pattern.lastIndex = match.end;
  }
  return matches;
}
