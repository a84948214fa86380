import { digitValue } from '../digits';

/**
 * Character classes and folding for carrier-name matching.
 *
 * Every fold maps one UTF-16 code unit to one code unit, so a match found on folded text has the
 * same offsets in the text as written.
 */

const SPACE = 0x20;
const HYPHEN = 0x2d;

/** Full-width ASCII block (！ to ～): the same letters typed with a CJK input method. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Spaces other than U+0020 that pages put inside names: tabs and newlines, NBSP, the ideographic space. */
function isOtherSpace(code: number): boolean {
  if (code < 0x80) return code >= 0x09 && code <= 0x0d;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Latin-1 and Latin Extended-A/B: the letters carrier names are written in (Telefónica, Viettel). */
const LATIN_LAST = 0x024f;

/** Folds width and the space and hyphen variants, but not case. */
export function foldWidth(code: number): number {
  if (code > 0x20 && code < 0x80) return code;
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return code - FULL_WIDTH_OFFSET;
  if (isOtherSpace(code)) return SPACE;
  // Hyphen and non-breaking hyphen, both seen in "T‑Mobile" on typeset pages.
  if (code === 0x2010 || code === 0x2011) return HYPHEN;
  return code;
}

function lowerLatin(code: number): number {
  if (code > LATIN_LAST) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * The code units some fold changes: Latin (case, and the spaces below U+0250), the other spaces,
 * the hyphens and the full-width block. Every other code unit folds to itself.
 */
export const FOLDED_RANGES: readonly (readonly [number, number])[] = [
  [0, LATIN_LAST],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2010, 0x2011],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [FULL_WIDTH_FIRST, FULL_WIDTH_LAST],
];

/**
 * The full fold of every UTF-16 code unit (128 KB), read once per character on the hot path. Built
 * from the identity and the few ranges a fold changes, since lower-casing all 65,536 code units
 * one by one costs milliseconds at every start of the worker.
 */
const CASE_FOLD = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code++) table[code] = code;
  for (const [first, last] of FOLDED_RANGES)
    for (let code = first; code <= last; code++) table[code] = lowerLatin(foldWidth(code));
  return table;
})();

/** Folds width, spaces, hyphens and Latin case. */
export function foldCase(code: number): number {
  return CASE_FOLD[code] ?? code;
}

/**
 * Latin letters and digits (after width folding). Only these need word boundaries: CJK, kana,
 * Hangul and Thai are written without spaces, so "用EE卡" and "KT에서" still contain a name.
 */
export function isWordCode(code: number): boolean {
  const c = foldWidth(code);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c > LATIN_LAST || c === 0xd7 || c === 0xf7) return false;
  return c >= 0xc0 || c === 0xaa || c === 0xb5 || c === 0xba;
}

export function isDigitCode(code: number): boolean {
  return digitValue(code) >= 0;
}

export function isSpaceCode(code: number): boolean {
  return foldWidth(code) === SPACE;
}

export function isHyphenCode(code: number): boolean {
  return foldWidth(code) === HYPHEN;
}
