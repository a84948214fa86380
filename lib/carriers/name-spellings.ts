import { foldCase, foldWidth, isSpaceCode, isWordCode } from './chars';
import type { CarrierNames, Lookalike } from './schema';

/**
 * How strictly the case of the text must follow a listed spelling.
 * - `any`: "china mobile", "CHINA MOBILE" and "China Mobile" all count.
 * - `exact`: short Latin spellings (three characters or fewer: EE, KT, O2, M1, 3HK, au, csl) count
 *   only as listed, so "ee" in an address or "AU" for Australia never reads as a carrier.
 * - `listedOrUpper`: ambiguous words count only as listed or in capitals, so "orange juice" and
 *   "the three networks" stay ordinary words even with a telecom word nearby.
 */
export type CaseRule = 'any' | 'exact' | 'listedOrUpper';

/** Which entry a shared name means on a page of a given region. */
export interface RegionalOwner {
  id: string;
  region: string;
}

/** One way a carrier is written on pages. */
export interface NameSpelling {
  kind: 'carrier';
  id: string;
  region: string;
  /** Entries of other regions that share this spelling (see `sharedNames`), by region. */
  byRegion: ReadonlyMap<string, RegionalOwner> | undefined;
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
  /**
   * May be joined to a word by a hyphen ("Vodafone-Hotline", "non-Verizon"): true for long,
   * unambiguous Latin spellings, where a hyphenated compound still names the carrier.
   */
  hyphenJoins: boolean;
  /** One of the carrier's `shortForms` (移动, 电信): a name only where the words around say so. */
  shortForm: boolean;
  /** The name of one of the carrier's products, and whether a source ties it to the carrier; null for the carrier's own names. */
  product: ProductClaim | null;
}

/** A product name tied to its carrier by a source, or only claimed for it. */
export type ProductClaim = 'confirmed' | 'unconfirmed';

/**
 * An ordinary word that contains a carrier name ("全球通用", "数码通讯"). Found like a name, it
 * covers the name inside it, so that name is not reported. It does not apply when one of
 * `unlessFollowedBy` comes right after it ("全球通用户" is 全球通 and 用户).
 */
export interface WordSpelling {
  kind: 'word';
  spelling: string;
  caseRule: 'any';
  unlessFollowedBy: readonly string[];
  startsWithWord: boolean;
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

export type Spelling = NameSpelling | WordSpelling | ContextSpelling;

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

/**
 * The case rule of a spelling. A spelling that starts with one of the carrier's ambiguous words
 * ("Three Mobile", "Smart Communications") keeps that word's case rule, so "three mobile networks"
 * stays ordinary English, but needs no telecom word nearby: the whole spelling is the brand.
 */
function caseRuleOf(spelling: string, ambiguous: boolean, ambiguousKeys: ReadonlySet<string>): CaseRule {
  if (!LATIN_LETTER.test(spelling)) return 'any';
  if (spelling.length <= SHORT_SPELLING) return 'exact';
  if (ambiguous) return 'listedOrUpper';
  const space = spelling.indexOf(' ');
  const firstWord = space === -1 ? '' : spelling.slice(0, space);
  return ambiguousKeys.has(caseKey(firstWord)) ? 'listedOrUpper' : 'any';
}

/** What a written form of a carrier is: one of its names, a short form or a product's name. */
interface Written {
  raw: string;
  shortForm: boolean;
  product: ProductClaim | null;
}

function writtenFormsOf(carrier: CarrierNames): Written[] {
  const { en, zhHans, zhHant, local } = carrier.names;
  const names = [en, zhHans, zhHant, local, ...carrier.aliases].flatMap((raw) =>
    raw === undefined ? [] : [{ raw, shortForm: false, product: null }],
  );
  const shortForms = (carrier.shortForms ?? []).map((raw) => ({ raw, shortForm: true, product: null }));
  const products = (carrier.products ?? []).flatMap((product) =>
    product.names.map((raw) => ({
      raw,
      shortForm: false,
      product: product.source === undefined ? ('unconfirmed' as const) : ('confirmed' as const),
    })),
  );
  return [...names, ...shortForms, ...products];
}

function spellingsOf(carrier: CarrierNames): NameSpelling[] {
  const ambiguousKeys = new Set(carrier.ambiguous.map((raw) => caseKey(normalizeSpelling(raw))));
  const byKey = new Map<string, NameSpelling>();
  for (const { raw, shortForm, product } of writtenFormsOf(carrier)) {
    const spelling = normalizeSpelling(raw);
    if (spelling === '') continue;
    // A short form needs its neighbours to count, as an ambiguous name does (lib/carriers/short-forms).
    const ambiguous = shortForm || ambiguousKeys.has(caseKey(spelling));
    const caseRule = caseRuleOf(spelling, ambiguous, ambiguousKeys);
    // Case-blind spellings that differ only in case are one entry; case-strict ones stay apart.
    const key = caseRule === 'any' ? caseKey(spelling) : `${caseRule}:${spelling}`;
    if (byKey.has(key)) continue;
    byKey.set(key, {
      kind: 'carrier',
      id: carrier.id,
      region: carrier.region,
      byRegion: undefined,
      spelling,
      caseRule,
      ambiguous,
      numeric: DIGITS_ONLY.test(spelling),
      startsWithWord: isWordCode(spelling.charCodeAt(0)),
      endsWithWord: isWordCode(spelling.charCodeAt(spelling.length - 1)),
      hyphenJoins: caseRule === 'any' && !ambiguous && LATIN_LETTER.test(spelling),
      shortForm,
      product,
    });
  }
  return [...byKey.values()];
}

function wordSpellingOf(lookalike: Lookalike): WordSpelling {
  const [word, unlessFollowedBy] =
    typeof lookalike === 'string' ? [lookalike, []] : [lookalike.word, lookalike.unlessFollowedBy];
  const spelling = normalizeSpelling(word);
  return {
    kind: 'word',
    spelling,
    caseRule: 'any',
    unlessFollowedBy: unlessFollowedBy.map(normalizeSpelling),
    startsWithWord: isWordCode(spelling.charCodeAt(0)),
    endsWithWord: isWordCode(spelling.charCodeAt(spelling.length - 1)),
  };
}

/** Shared names by case key: the entries that answer to each on a page of their own region. */
function sharedOwners(carriers: readonly CarrierNames[]): Map<string, Map<string, RegionalOwner>> {
  const owners = new Map<string, Map<string, RegionalOwner>>();
  for (const carrier of carriers) {
    for (const raw of carrier.sharedNames ?? []) {
      const key = caseKey(normalizeSpelling(raw));
      let byRegion = owners.get(key);
      if (byRegion === undefined) {
        byRegion = new Map();
        owners.set(key, byRegion);
      }
      if (!byRegion.has(carrier.region))
        byRegion.set(carrier.region, { id: carrier.id, region: carrier.region });
    }
  }
  return owners;
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
 * spelling is listed twice, carriers come first (earlier carriers first), then ordinary words that
 * contain a name, then telecom words. A shared name carries the entries that answer to it by region.
 */
export function buildNameTrie(
  carriers: readonly CarrierNames[],
  contextWords: readonly string[],
): NameTrieNode {
  const root = emptyNode();
  const shared = sharedOwners(carriers);
  for (const carrier of carriers) {
    for (const spelling of spellingsOf(carrier)) {
      spelling.byRegion = shared.get(caseKey(spelling.spelling));
      insert(root, spelling);
    }
  }
  for (const carrier of carriers)
    for (const word of carrier.lookalikes ?? []) insert(root, wordSpellingOf(word));
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
