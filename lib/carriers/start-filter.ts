import { FOLDED_RANGES, foldCase, isSpaceCode, isWordCode } from './chars';
import { childOf, type NameTrie, ROOT } from './name-trie';

const CODE_UNITS = 0x10000;
const SPACE = 0x20;

/** Flags per code unit. */
const WORD = 1;
const STARTS_NAME = 2;
const IS_NAME = 4;

/** Flags per hashed prefix. */
const PAIR = 1;
const TRIPLE = 2;
/** The pair is a whole name that must end a word ("KT", "We"). */
const PAIR_NAME_ENDS_WORD = 4;
/** The pair is a whole name that may be followed by anything ("e&", "中移"). */
const PAIR_NAME = 8;

const HASH_MASK = 0xffff;

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e37) + second) & HASH_MASK;
}

function tripleHash(first: number, second: number, third: number): number {
  return (Math.imul(Math.imul(first, 0x9e37) + second, 0x85eb) + third) & HASH_MASK;
}

/**
 * A cheap test for where a carrier name can start, so the trie is walked at few positions. In
 * English prose almost every word starts with a letter some name starts with, and most with a pair
 * of letters too ("th" for Three), so the first three case-folded characters are looked up in a
 * hashed table of the prefixes the names begin with. A hash collision only costs a walk that fails;
 * it never hides a name.
 */
export interface StartFilter {
  /** WORD, STARTS_NAME and IS_NAME (a one-character name) per UTF-16 code unit. */
  readonly charFlags: Uint8Array;
  /** PAIR, TRIPLE and the pair-is-a-name bits, indexed by prefix hash. */
  readonly prefixFlags: Uint8Array;
}

function setBits(table: Uint8Array, index: number, bits: number): void {
  table[index] = (table[index] ?? 0) | bits;
}

/** The nodes under `node`: consecutive, from its first child. */
function childrenOf(trie: NameTrie, node: number): { from: number; to: number } {
  const from = trie.firstChild[node] ?? 0;
  return { from, to: from + (trie.childCount[node] ?? 0) };
}

function hasSpellings(trie: NameTrie, node: number): boolean {
  return (trie.spellingStart[node + 1] ?? 0) > (trie.spellingStart[node] ?? 0);
}

function markPrefixes(prefixFlags: Uint8Array, trie: NameTrie, node: number): void {
  const first = trie.code[node] ?? 0;
  const seconds = childrenOf(trie, node);
  for (let child = seconds.from; child < seconds.to; child++) {
    const second = trie.code[child] ?? 0;
    setBits(prefixFlags, pairHash(first, second), PAIR);
    const last = trie.spellingStart[child + 1] ?? 0;
    for (let k = trie.spellingStart[child] ?? 0; k < last; k++) {
      const ends = trie.spellings[k]?.endsWithWord === true;
      setBits(prefixFlags, pairHash(first, second), ends ? PAIR_NAME_ENDS_WORD : PAIR_NAME);
    }
    const thirds = childrenOf(trie, child);
    for (let grandchild = thirds.from; grandchild < thirds.to; grandchild++) {
      setBits(prefixFlags, tripleHash(first, second, trie.code[grandchild] ?? 0), TRIPLE);
    }
  }
}

export function buildStartFilter(trie: NameTrie): StartFilter {
  const prefixFlags = new Uint8Array(HASH_MASK + 1);
  const firsts = childrenOf(trie, ROOT);
  for (let child = firsts.from; child < firsts.to; child++) markPrefixes(prefixFlags, trie, child);
  const charFlags = new Uint8Array(CODE_UNITS);
  const flagsOf = (code: number) => {
    const child = childOf(trie, ROOT, foldCase(code));
    return (
      (isWordCode(code) ? WORD : 0) |
      (child >= 0 ? STARTS_NAME : 0) |
      (child >= 0 && hasSpellings(trie, child) ? IS_NAME : 0)
    );
  };
  // Outside the folded ranges a code unit is its own fold and no letter or digit, so only the
  // names' own first characters have flags there: 65,536 lookups would cost milliseconds per page.
  for (const [first, last] of FOLDED_RANGES)
    for (let code = first; code <= last; code++) charFlags[code] = flagsOf(code);
  for (let child = firsts.from; child < firsts.to; child++) {
    const first = trie.code[child] ?? 0;
    charFlags[first] = flagsOf(first);
  }
  return { charFlags, prefixFlags };
}

export function isWordFlag(flags: number): boolean {
  return (flags & WORD) !== 0;
}

/** Some name or telecom word starts with this character (case-folded). */
export function startsNameFlag(flags: number): boolean {
  return (flags & STARTS_NAME) !== 0;
}

/** Index of the next character after the one at `index`, reading a run of whitespace as one space. */
function nextAfter(text: string, index: number, folded: number): number {
  let next = index + 1;
  if (folded === SPACE) while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
  return next;
}

/**
 * Whether a name may start at `index`, given the flags of its character and whether the character
 * before it is a letter or digit. Inside a Latin word no name can start.
 */
export function mayStartAt(
  filter: StartFilter,
  text: string,
  index: number,
  flags: number,
  previousIsWord: boolean,
): boolean {
  if ((flags & STARTS_NAME) === 0 || ((flags & WORD) !== 0 && previousIsWord)) return false;
  if ((flags & IS_NAME) !== 0) return true;
  const second = index + 1;
  if (second >= text.length) return false;
  const first = foldCase(text.charCodeAt(index));
  const secondFolded = foldCase(text.charCodeAt(second));
  const pair = filter.prefixFlags[pairHash(first, secondFolded)] ?? 0;
  if ((pair & PAIR) === 0) return false;
  if ((pair & PAIR_NAME) !== 0) return true;
  const third = nextAfter(text, second, secondFolded);
  if (third >= text.length) return (pair & PAIR_NAME_ENDS_WORD) !== 0;
  const thirdCode = text.charCodeAt(third);
  if ((pair & PAIR_NAME_ENDS_WORD) !== 0 && ((filter.charFlags[thirdCode] ?? 0) & WORD) === 0) return true;
  return ((filter.prefixFlags[tripleHash(first, secondFolded, foldCase(thirdCode))] ?? 0) & TRIPLE) !== 0;
}
