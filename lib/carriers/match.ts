import type { CarrierFinding } from '@/lib/finding';
import { endsWord, startsWord } from './boundary';
import { foldCase, isSpaceCode, isWordCode } from './chars';
import { nameCounts, type ScanHit, TELECOM_WORDS } from './context';
import { languageRegions } from './language-regions';
import {
  buildNameTrie,
  meetsCaseRule,
  type NameSpelling,
  type RegionalOwner,
  type Spelling,
} from './name-spellings';
import {
  type CompiledNameTrie,
  childOf,
  compileNameTrie,
  loadNameTrie,
  type NameTrie,
  ROOT,
} from './name-trie';
import { type MarketSigns, resolveMarket } from './resolve-market';
import type { CarrierNames } from './schema';
import { buildStartFilter, isWordFlag, mayStartAt, type StartFilter, startsNameFlag } from './start-filter';
import { isTechnicalValue } from './technical-value';

const SPACE = 0x20;

/**
 * Where a walk ended, shortest first. Reused across walks and filled by index with a count, since
 * truncating an array's length on every walk is a slow path in V8.
 */
interface WalkEnds {
  count: number;
  readonly spellings: Spelling[];
  readonly offsets: number[];
}

/** Records every spelling that ends a case-blind walk from `start`, with its end offset. */
function walk(text: string, start: number, trie: NameTrie, ends: WalkEnds): void {
  ends.count = 0;
  const { spellingStart, spellings } = trie;
  let node = ROOT;
  let pos = start;
  while (pos < text.length) {
    const code = foldCase(text.charCodeAt(pos));
    const child = childOf(trie, node, code);
    if (child < 0) return;
    pos++;
    // A space in a name stands for any run of whitespace on the page.
    if (code === SPACE) while (pos < text.length && isSpaceCode(text.charCodeAt(pos))) pos++;
    node = child;
    const last = spellingStart[node + 1] ?? 0;
    for (let k = spellingStart[node] ?? 0; k < last; k++) {
      ends.spellings[ends.count] = spellings[k] as Spelling;
      ends.offsets[ends.count] = pos;
      ends.count++;
    }
  }
}

/** Whether one of `continuations` is written right after `end` ("户" after "全球通用"). */
function followedByAny(text: string, end: number, continuations: readonly string[]): boolean {
  for (const continuation of continuations) if (text.startsWith(continuation, end)) return true;
  return false;
}

/** The longest spelling at `start` that stands as a word and meets its case rule. */
function spellingAt(text: string, start: number, trie: NameTrie, ends: WalkEnds): ScanHit | null {
  walk(text, start, trie, ends);
  for (let k = ends.count - 1; k >= 0; k--) {
    const spelling = ends.spellings[k];
    const end = ends.offsets[k];
    if (spelling === undefined || end === undefined) continue;
    const hyphenJoins = spelling.kind === 'carrier' && spelling.hyphenJoins;
    if (spelling.startsWithWord && !startsWord(text, start, hyphenJoins)) continue;
    if (spelling.endsWithWord && !endsWord(text, end, hyphenJoins)) continue;
    if (spelling.kind === 'word' && followedByAny(text, end, spelling.unlessFollowedBy)) continue;
    if (meetsCaseRule(text, start, end, spelling)) return { spelling, start, end };
  }
  return null;
}

/** The first index at or after `from` that is not a Latin letter or digit. */
function skipWord(text: string, from: number, charFlags: Uint8Array): number {
  let i = from;
  while (i < text.length && isWordFlag(charFlags[text.charCodeAt(i)] ?? 0)) i++;
  return i;
}

/**
 * Carrier names and telecom words, in document order, without overlaps. No name starts inside a
 * Latin word, so the rest of a word is skipped in a tight loop once its first letter is checked.
 */
function scan(text: string, trie: NameTrie, filter: StartFilter): ScanHit[] {
  const hits: ScanHit[] = [];
  const ends: WalkEnds = { count: 0, spellings: [], offsets: [] };
  const charFlags = filter.charFlags;
  let i = 0;
  while (i < text.length) {
    const flags = charFlags[text.charCodeAt(i)] ?? 0;
    if (startsNameFlag(flags) && mayStartAt(filter, text, i, flags, false)) {
      const hit = spellingAt(text, i, trie, ends);
      if (hit !== null) {
        hits.push(hit);
        i = isWordCode(text.charCodeAt(hit.end - 1)) ? skipWord(text, hit.end, charFlags) : hit.end;
        continue;
      }
    }
    i = isWordFlag(flags) ? skipWord(text, i + 1, charFlags) : i + 1;
  }
  return hits;
}

/** A scan hit of a carrier name. */
type NameHit = ScanHit & { spelling: NameSpelling };

export interface CarrierMatchOptions {
  /**
   * The page's region (ISO 3166-1 alpha-2, upper case). A name several markets use ("Vodafone",
   * "Smart") then means the entry of this region, unless the text points elsewhere.
   */
  region?: string;
  /** False when `region` is only the reader's home region, which says nothing about the page. */
  regionIsPage?: boolean;
  /** The page's language tag (`<html lang>`), e.g. "zh-Hant-HK" or "zh-CN". */
  lang?: string;
  /** The regions of numbers in the same text that belong to a region on their own. */
  numberRegions?: readonly string[];
}

/** The signs of the text's markets: the page's, and those of the carriers named by one-market names. */
function marketSigns(hits: readonly NameHit[], options: CarrierMatchOptions | undefined): MarketSigns {
  const carrierRegions = new Set<string>();
  for (const { spelling } of hits) {
    // An ambiguous name is no sign of its market: it is what the signs must decide.
    if (spelling.byRegion === undefined && spelling.product !== 'unconfirmed' && !spelling.ambiguous)
      carrierRegions.add(spelling.region);
  }
  return {
    pageRegion: options?.regionIsPage === false ? null : (options?.region ?? null),
    languageRegions: new Set(languageRegions(options?.lang)),
    carrierRegions,
    numberRegions: new Set(options?.numberRegions),
  };
}

/**
 * The carrier a name means. A name one market uses means its carrier. A name several markets use
 * means the carrier the signs point to; with no sign, a distinctive group name ("Vodafone") means
 * the entry that owns it, and a name that is also an ordinary word ("Smart") means none.
 */
/** The text a name was found in, with the page's language. */
interface PageText {
  lang: string | undefined;
  text: string;
}

function ownerOf(
  name: NameSpelling,
  at: number,
  signs: () => MarketSigns,
  page: PageText,
): RegionalOwner | null {
  if (name.byRegion === undefined) return ownMarketOf(name, at, signs, page);
  const candidates = [{ id: name.id, region: name.region }, ...name.byRegion.values()];
  const resolved = resolveMarket(candidates, signs());
  if (resolved !== null || name.ambiguous) return resolved;
  // A group name no sign ties to a market: its owner on a page written in another script (Chinese
  // forums name "Vodafone" and "T-Mobile" for the carriers readers know), or where the page's region
  // is unknown; on a Latin-script page of another market ("Movistar" on a US page) no carrier.
  return signs().pageRegion === null || !writtenInLatin(page, at) ? name : null;
}

/**
 * A name one market uses, which is also an ordinary word, on a page of another market: it counts
 * only where the text or the page's language points to its market ("au" in "envoyez STOP au 36179"
 * on a French page is a preposition; "Magenta" on a US page is T-Mobile's plan, not Austria's
 * carrier). Sellers for every country ("global") have no market to point to.
 */
function ownMarketOf(
  name: NameSpelling,
  at: number,
  signs: () => MarketSigns,
  page: PageText,
): RegionalOwner | null {
  const pageRegion = signs().pageRegion;
  if (!name.ambiguous || name.region === 'global' || pageRegion === null || pageRegion === name.region)
    return name;
  // A Latin-script name is no ordinary word of a page written in another script: on a Chinese page
  // "Tello" or "AIS" is the carrier, and such pages are about carriers abroad.
  if (isLatin(name.spelling) && !writtenInLatin(page, at)) return name;
  return resolveMarket([name], signs());
}

const LATIN_NAME = /^[\p{Script=Latin}\d\s&'’.+-]+$/u;

function isLatin(spelling: string): boolean {
  return LATIN_NAME.test(spelling);
}

/** The script a language tag is written in, as Intl knows it ("zh" → Hans, "sr-Latn" → Latn); null for a tag Intl cannot read. */
function scriptOf(lang: string): string | null {
  let script = scripts.get(lang);
  if (script === undefined) {
    try {
      script = new Intl.Locale(lang).maximize().script ?? null;
    } catch {
      script = null;
    }
    scripts.set(lang, script);
  }
  return script;
}

/** A page's tag is asked about for every name on it. */
const scripts = new Map<string, string | null>();

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** How far either side of a name its script is read from, where the page does not say its language. */
const SCRIPT_WINDOW = 200;

/**
 * Whether the page's language, or where it does not say, most letters around `at` are Latin: the
 * text near the name, so a long text is read in time proportional to its names.
 */
function writtenInLatin(page: PageText, at: number): boolean {
  const script = page.lang ? scriptOf(page.lang) : null;
  if (script !== null) return script === 'Latn';
  const near = page.text.slice(Math.max(0, at - SCRIPT_WINDOW), at + SCRIPT_WINDOW);
  let latin = 0;
  let other = 0;
  for (const [letter] of near.matchAll(LETTER)) {
    if (LATIN_LETTER.test(letter)) latin++;
    else other++;
  }
  return latin >= other;
}

/** Capitalised like the brand, neither opening a sentence nor inside a longer proper name. */
function writtenAsBrand(text: string, hit: ScanHit, name: NameSpelling): boolean {
  const written = text.slice(hit.start, hit.end);
  if (written !== name.spelling || written.toLowerCase() === written) return false;
  return !opensSentence(text, hit.start) && !afterCapitalisedWord(text, hit.start);
}

/** "Google Play", "The O2", "T-Mobile Magenta": the name is part of a longer proper name. */
function afterCapitalisedWord(text: string, at: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
  const word = before?.[1];
  return word !== undefined && /^\p{Lu}/u.test(word);
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i < 0 || /[.!?。！？:："“«(（]/.test(text.charAt(i));
}

/**
 * An ambiguous name on a page of its own market, written as the brand is ("Chez Orange", "Bei Drei",
 * "w Orange"): the page's region stands in for the telecom word. Mid-sentence capitals keep the
 * ordinary words out ("drei Tage", "une veste orange"); a sentence's first word, or a name inside a
 * longer proper name ("Google Play"), needs a word beside it as before.
 */
function countsInItsMarket(text: string, hit: ScanHit, options: CarrierMatchOptions | undefined): boolean {
  const name = hit.spelling;
  if (name.kind !== 'carrier' || !name.ambiguous || name.shortForm || name.numeric) return false;
  const region = options?.regionIsPage === false ? undefined : options?.region;
  if (region === undefined || (name.region !== region && name.byRegion?.has(region) !== true)) return false;
  // English capitalises every proper name, so there a capital tells a brand from a dog called Fido
  // or a Tello drone no better than from nothing; a page that does not say its language is not read
  // this way either.
  const lang = options?.lang?.toLowerCase();
  if (lang === undefined || lang === '' || lang.startsWith('en')) return false;
  return writtenAsBrand(text, hit, name);
}

function findingsOf(
  text: string,
  hits: readonly NameHit[],
  options: CarrierMatchOptions | undefined,
): CarrierFinding[] {
  let signs: MarketSigns | undefined;
  const signsOnce = () => {
    signs ??= marketSigns(hits, options);
    return signs;
  };
  const findings: CarrierFinding[] = [];
  for (const hit of hits) {
    const name = hit.spelling;
    const owner = ownerOf(name, hit.start, signsOnce, { lang: options?.lang, text });
    if (owner === null) continue;
    findings.push({
      kind: 'carrier',
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      id: owner.id,
      region: owner.region,
      ...(name.product !== null && { product: name.product }),
    });
  }
  return findings;
}

export type CarrierMatcher = (text: string, options?: CarrierMatchOptions) => CarrierFinding[];

/**
 * Compiles every name and alias of `carriers` once and returns a finder that reports carrier names
 * in document order, without overlaps, with UTF-16 offsets into the text as given.
 *
 * One pass over the text finds names and telecom words together; the longest spelling wins at a
 * position. Latin names must stand as whole words ("EE" is not in "free", "Fi" is not in "Wi-Fi");
 * CJK names need no boundary. Full-width Latin letters, NBSP and ideographic spaces are folded in
 * place, so "ＣＭＨＫ" and "China Mobile" written with a non-breaking space are found at their own
 * offsets. Ordinary words that contain a name ("全球通用") are found the same way and report
 * nothing. Ambiguous names are then kept or dropped by `nameCounts`; a dropped one is skipped as a
 * whole, nothing inside it is looked at again. A name several markets use resolves by the signs of
 * the page's market (lib/carriers/resolve-market); a short form by its neighbours
 * (lib/carriers/short-forms); a lower-case name after an APN label is a setting, not a carrier.
 */
export function createCarrierMatcher(carriers: readonly CarrierNames[]): CarrierMatcher {
  return carrierFindersFor(compileCarrierNames(carriers)).find;
}

/** The name tree of `carriers` and the telecom words, written out as the generated names file holds it. */
export function compileCarrierNames(carriers: readonly CarrierNames[]): CompiledNameTrie {
  return compileNameTrie(buildNameTrie(carriers, TELECOM_WORDS));
}

/** The two questions the worker asks of page text, over one loaded name tree. */
export interface CarrierFinders {
  find: CarrierMatcher;
  /**
   * Whether `text` holds a carrier's name at all, before context decides whether it means the
   * carrier: what a frame's quiet check needs, which must never say no where a block could say yes.
   */
  mayName(text: string): boolean;
}

/** The finders over a name tree from `compileCarrierNames`, as read back from the generated file. */
export function carrierFindersFor(compiled: CompiledNameTrie): CarrierFinders {
  const trie = loadNameTrie(compiled);
  const filter = buildStartFilter(trie);
  return {
    find: findWith(trie, filter),
    mayName: (text) => scan(text, trie, filter).some((hit) => hit.spelling.kind === 'carrier'),
  };
}

function findWith(trie: NameTrie, filter: StartFilter): CarrierMatcher {
  return (text, options) => {
    const hits = scan(text, trie, filter);
    // Two rounds: the second lets a name confirmed in the first vouch for the ambiguous name beside it.
    const direct = hits.map((_, index) => nameCounts(text, hits, index));
    const names: NameHit[] = [];
    for (let index = 0; index < hits.length; index++) {
      const hit = hits[index];
      if (hit === undefined || hit.spelling.kind !== 'carrier') continue;
      if (
        direct[index] !== true &&
        !nameCounts(text, hits, index, direct) &&
        !countsInItsMarket(text, hit, options)
      )
        continue;
      if (isTechnicalValue(text, hit.start, hit.end)) continue;
      names.push({ ...hit, spelling: hit.spelling });
    }
    return findingsOf(text, names, options);
  };
}
