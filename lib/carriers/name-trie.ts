import type { CaseRule, NameTrieNode, RegionalOwner, Spelling } from './name-spellings';

/**
 * The name prefix tree in a form that is written out once, when the names are generated, and read
 * back with a few flat loops when the worker starts: building ~6,000 nodes with a Map each took more script
 * time than scanning a page of prose.
 *
 * Nodes are numbered breadth-first from the root (0), each node's children consecutive and in
 * order of code unit, so a node's children follow from the child counts alone.
 */
export interface CompiledNameTrie {
  /** [id, region] of each carrier a spelling names. */
  carriers: [string, string][];
  /** Every spelling, in the order the nodes list them. */
  spellings: CompiledSpelling[];
  /** Child count per node. */
  childCounts: number[];
  /** Per node after the root, the case-folded code unit on the edge into it. */
  codes: string;
  /** Per node, how many spellings end there (they follow on in `spellings`). */
  spellingCounts: number[];
}

/**
 * A spelling as written out: the text, what it is, its flags, and for a carrier name shared across
 * regions its owners (as indexes into `carriers`), for an ordinary word the continuations that undo it.
 * What it is: a carrier name (the carrier's index), an ordinary word (-1) or a telecom word (-2).
 */
export type CompiledSpelling =
  | [spelling: string, kind: number, flags: number]
  | [spelling: string, kind: number, flags: number, owners: number[]]
  | [spelling: string, kind: number, flags: number, owners: number[], unlessFollowedBy: string[]];

const WORD_KIND = -1;
const CONTEXT_KIND = -2;

const caseRules: readonly CaseRule[] = ['any', 'exact', 'listedOrUpper'];
const AMBIGUOUS = 4;
const NUMERIC = 8;
const STARTS_WITH_WORD = 16;
const ENDS_WITH_WORD = 32;
const HYPHEN_JOINS = 64;
const SHORT_FORM = 128;
const PRODUCT = 256;
const CONFIRMED = 512;

/** The tree as the scan reads it. */
export interface NameTrie {
  /** First child per node (children are consecutive), and the child count. */
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  /** The code unit on the edge into each node, and the node it leads from. */
  readonly code: Uint16Array;
  readonly parent: Int32Array;
  /** Spellings ending at node n: spellings[spellingStart[n], spellingStart[n + 1]). */
  readonly spellingStart: Int32Array;
  readonly spellings: readonly Spelling[];
  /** Open-addressed hash of the edges: slot holds the child node + 1, or 0 if empty. */
  readonly slots: Int32Array;
  readonly mask: number;
}

export const ROOT = 0;

/** Writes out a tree built by `buildNameTrie`. */
export function compileNameTrie(root: NameTrieNode): CompiledNameTrie {
  const carriers: [string, string][] = [];
  const carrierIndex = new Map<string, number>();
  const indexOf = (owner: RegionalOwner) => {
    const key = `${owner.id} ${owner.region}`;
    let index = carrierIndex.get(key);
    if (index === undefined) {
      index = carriers.push([owner.id, owner.region]) - 1;
      carrierIndex.set(key, index);
    }
    return index;
  };
  const spellings: CompiledSpelling[] = [];
  const childCounts: number[] = [];
  const spellingCounts: number[] = [];
  let codes = '';
  const queue: NameTrieNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as NameTrieNode;
    const children = [...node.next].sort(([a], [b]) => a - b);
    childCounts.push(children.length);
    for (const [code, child] of children) {
      codes += String.fromCharCode(code);
      queue.push(child);
    }
    spellingCounts.push(node.spellings.length);
    for (const spelling of node.spellings) spellings.push(compileSpelling(spelling, indexOf));
  }
  return { carriers, spellings, childCounts, codes, spellingCounts };
}

function compileSpelling(spelling: Spelling, indexOf: (owner: RegionalOwner) => number): CompiledSpelling {
  let flags =
    caseRules.indexOf(spelling.caseRule) |
    (spelling.startsWithWord ? STARTS_WITH_WORD : 0) |
    (spelling.endsWithWord ? ENDS_WITH_WORD : 0);
  switch (spelling.kind) {
    case 'context':
      return [spelling.spelling, CONTEXT_KIND, flags];
    case 'word':
      return spelling.unlessFollowedBy.length === 0
        ? [spelling.spelling, WORD_KIND, flags]
        : [spelling.spelling, WORD_KIND, flags, [], [...spelling.unlessFollowedBy]];
    case 'carrier': {
      flags |=
        (spelling.ambiguous ? AMBIGUOUS : 0) |
        (spelling.numeric ? NUMERIC : 0) |
        (spelling.hyphenJoins ? HYPHEN_JOINS : 0) |
        (spelling.shortForm ? SHORT_FORM : 0) |
        (spelling.product === null ? 0 : PRODUCT) |
        (spelling.product === 'confirmed' ? CONFIRMED : 0);
      const kind = indexOf(spelling);
      const owners = spelling.byRegion;
      return owners === undefined
        ? [spelling.spelling, kind, flags]
        : [spelling.spelling, kind, flags, [...owners.values()].map(indexOf)];
    }
  }
}

function loadSpelling(compiled: CompiledSpelling, carriers: readonly RegionalOwner[]): Spelling {
  const [spelling, kind, flags, owners, unlessFollowedBy] = compiled;
  const startsWithWord = (flags & STARTS_WITH_WORD) !== 0;
  const endsWithWord = (flags & ENDS_WITH_WORD) !== 0;
  if (kind === CONTEXT_KIND)
    return { kind: 'context', spelling, caseRule: 'any', startsWithWord, endsWithWord };
  if (kind === WORD_KIND) {
    return {
      kind: 'word',
      spelling,
      caseRule: 'any',
      unlessFollowedBy: unlessFollowedBy ?? [],
      startsWithWord,
      endsWithWord,
    };
  }
  const carrier = carriers[kind] as RegionalOwner;
  return {
    kind: 'carrier',
    id: carrier.id,
    region: carrier.region,
    byRegion:
      owners === undefined
        ? undefined
        : new Map(owners.map((index) => [carriers[index]?.region ?? '', carriers[index] as RegionalOwner])),
    spelling,
    caseRule: caseRules[flags & 3] ?? 'any',
    ambiguous: (flags & AMBIGUOUS) !== 0,
    numeric: (flags & NUMERIC) !== 0,
    startsWithWord,
    endsWithWord,
    hyphenJoins: (flags & HYPHEN_JOINS) !== 0,
    shortForm: (flags & SHORT_FORM) !== 0,
    product: (flags & PRODUCT) === 0 ? null : (flags & CONFIRMED) === 0 ? 'unconfirmed' : 'confirmed',
  };
}

function edgeHash(node: number, code: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
}

/** Reads a written-out tree back. Shared names get one Map per spelling, the rest is flat arrays. */
export function loadNameTrie(compiled: CompiledNameTrie): NameTrie {
  const count = compiled.childCounts.length;
  const carriers = compiled.carriers.map(([id, region]): RegionalOwner => ({ id, region }));
  const firstChild = new Int32Array(count);
  const childCount = new Int32Array(count);
  const code = new Uint16Array(count);
  const parent = new Int32Array(count);
  const spellingStart = new Int32Array(count + 1);
  let slotCount = 16;
  while (slotCount < count * 2) slotCount *= 2;
  const mask = slotCount - 1;
  const slots = new Int32Array(slotCount);
  let next = 1;
  let spelled = 0;
  for (let node = 0; node < count; node++) {
    const children = compiled.childCounts[node] ?? 0;
    firstChild[node] = next;
    childCount[node] = children;
    for (let child = next; child < next + children; child++) {
      const edge = compiled.codes.charCodeAt(child - 1);
      code[child] = edge;
      parent[child] = node;
      let slot = edgeHash(node, edge, mask);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = child + 1;
    }
    next += children;
    spellingStart[node] = spelled;
    spelled += compiled.spellingCounts[node] ?? 0;
  }
  spellingStart[count] = spelled;
  return {
    firstChild,
    childCount,
    code,
    parent,
    spellingStart,
    spellings: compiled.spellings.map((spelling) => loadSpelling(spelling, carriers)),
    slots,
    mask,
  };
}

/** The child of `node` along case-folded code unit `code`, or -1. */
export function childOf(trie: NameTrie, node: number, code: number): number {
  const { slots, mask } = trie;
  for (let slot = edgeHash(node, code, mask); ; slot = (slot + 1) & mask) {
    const entry = (slots[slot] ?? 0) - 1;
    if (entry < 0) return -1;
    if (trie.parent[entry] === node && trie.code[entry] === code) return entry;
  }
}
