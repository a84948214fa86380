import { foldCase, foldWidth, isSpaceCode, isWordCode } from './chars';
import type { Carrier } from './schema';

/**
 * How strictly the case of the text must follow a listed spelling.
 * - `any`: "china mobile", "CHINA MOBILE" and "China Mobile" all count.
 * - `exact`: short Latin spellings (three characters or fewer: EE, KT, O2, M1, 3HK, au, csl) count
 *   only as listed, so "ee" in an address or "AU" for Australia never reads as a carrier.
 * - `listedOrUpper`: ambiguous words count only as listed or in capitals, so "orange juice" and
 *   "the three networks" stay ordinary words even with a telecom word nearby.
 */
export type CaseRule = 'any' | 'exact' | 'listedOrUpper';

/** One way a carrier is written on pages. */
export interface NameSpelling {
  kind: 'carrier';
  id: string;
  region: string;
  /** Width-folded, whitespace collapsed; what `exact` and `listedOrUpper` compare against. */
  spelling: string;
  caseRule: CaseRule;
  /** Listed in the carrier's `ambiguous` strings: needs context to count. */
  ambiguous: boolean;
  /** Made of digits only ("3", "1010"): a count or part of a number far more often than a brand. */
  numeric: boolean;
  /** Starts with a letter or digit, so it must start a word. */
  startsWithWord: boolean;
  /** Ends with a letter or digit, so it must end a word. */
  endsWithWord: boolean;
}

/** A telecom word ("roaming", "流量") that vouches for an ambiguous name nearby. */
export interface ContextSpelling {
  kind: 'context';
  spelling: string;
  caseRule: 'any';
  startsWithWord: boolean;
  endsWithWord: boolean;
}

export type Spelling = NameSpelling | ContextSpelling;

/** A prefix tree over case-folded code units; a node lists the spellings that end there. */
export interface NameTrieNode {
  readonly next: Map<number, NameTrieNode>;
  readonly spellings: Spelling[];
}

const SHORT_SPELLING = 3;
const LATIN_LETTER = /\p{Script=Latin}/u;
const DIGITS_ONLY = /^\d+$/;

/** Applies a fold to each UTF-16 code unit (not code point), matching how the scan reads text. */
function mapCodeUnits(text: string, fold: (code: number) => number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(fold(text.charCodeAt(i)));
  return out;
}

function normalizeSpelling(raw: string): string {
  return mapCodeUnits(raw, foldWidth).trim().replace(/ +/g, ' ');
}

function caseKey(spelling: string): string {
  return mapCodeUnits(spelling, foldCase);
}

function caseRuleOf(spelling: string, ambiguous: boolean): CaseRule {
  if (!LATIN_LETTER.test(spelling)) return 'any';
  if (spelling.length <= SHORT_SPELLING) return 'exact';
  return ambiguous ? 'listedOrUpper' : 'any';
}

function spellingsOf(carrier: Carrier): NameSpelling[] {
  const { en, zhHans, zhHant, local } = carrier.names;
  const ambiguousKeys = new Set(carrier.ambiguous.map((raw) => caseKey(normalizeSpelling(raw))));
  const byKey = new Map<string, NameSpelling>();
  for (const raw of [en, zhHans, zhHant, local, ...carrier.aliases]) {
    if (raw === undefined) continue;
    const spelling = normalizeSpelling(raw);
    if (spelling === '') continue;
    const ambiguous = ambiguousKeys.has(caseKey(spelling));
    const caseRule = caseRuleOf(spelling, ambiguous);
    // Case-blind spellings that differ only in case are one entry; case-strict ones stay apart.
    const key = caseRule === 'any' ? caseKey(spelling) : `${caseRule}:${spelling}`;
    if (byKey.has(key)) continue;
    byKey.set(key, {
      kind: 'carrier',
      id: carrier.id,
      region: carrier.region,
      spelling,
      caseRule,
      ambiguous,
      numeric: DIGITS_ONLY.test(spelling),
      startsWithWord: isWordCode(spelling.charCodeAt(0)),
      endsWithWord: isWordCode(spelling.charCodeAt(spelling.length - 1)),
    });
  }
  return [...byKey.values()];
}

function contextSpellingOf(word: string): ContextSpelling {
  const spelling = normalizeSpelling(word);
  return {
    kind: 'context',
    spelling,
    caseRule: 'any',
    startsWithWord: isWordCode(spelling.charCodeAt(0)),
    endsWithWord: isWordCode(spelling.charCodeAt(spelling.length - 1)),
  };
}

function emptyNode(): NameTrieNode {
  return { next: new Map(), spellings: [] };
}

function insert(root: NameTrieNode, spelling: Spelling): void {
  let node = root;
  const key = caseKey(spelling.spelling);
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined) {
      child = emptyNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.spellings.push(spelling);
}

/**
 * Builds one prefix tree over every name and alias of every carrier, and the telecom words that
 * vouch for ambiguous names, so a single pass over the text finds both. Hand-written rather than a
 * dependency: the scan needs exact UTF-16 offsets, word-boundary checks at both ends and
 * per-spelling case rules, which the small Aho-Corasick packages on npm do not offer. Where a
 * spelling is listed twice, carriers come before telecom words and earlier carriers first.
 */
export function buildNameTrie(carriers: readonly Carrier[], contextWords: readonly string[]): NameTrieNode {
  const root = emptyNode();
  for (const carrier of carriers) for (const spelling of spellingsOf(carrier)) insert(root, spelling);
  for (const word of contextWords) insert(root, contextSpellingOf(word));
  return root;
}

/** Compares text[start, end) with a listed spelling, folding width and whitespace runs but not case. */
function writtenAs(text: string, start: number, end: number, spelling: string): boolean {
  let pos = start;
  for (let k = 0; k < spelling.length; k++) {
    const want = spelling.charCodeAt(k);
    if (pos >= end) return false;
    if (isSpaceCode(want)) {
      if (!isSpaceCode(text.charCodeAt(pos))) return false;
      while (pos < end && isSpaceCode(text.charCodeAt(pos))) pos++;
      continue;
    }
    if (foldWidth(text.charCodeAt(pos)) !== want) return false;
    pos++;
  }
  return pos === end;
}

/** Whether text[start, end), already known to match case-blind, also meets the spelling's case rule. */
export function meetsCaseRule(text: string, start: number, end: number, spelling: Spelling): boolean {
  switch (spelling.caseRule) {
    case 'any':
      return true;
    case 'exact':
      return writtenAs(text, start, end, spelling.spelling);
    case 'listedOrUpper':
      return (
        writtenAs(text, start, end, spelling.spelling) ||
        writtenAs(text, start, end, spelling.spelling.toUpperCase())
      );
  }
}
