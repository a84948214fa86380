/**
 * Text → phone findings. number-reader.ts reads numbers with libphonenumber's metadata; around it,
 * the pre-filter keeps it to the few stretches that hold digit runs, normalize.ts keeps offsets stable for full-width text,
 * international-prefix.ts and extension.ts add forms it does not read, guards.ts drops what a
 * person would not read as a phone number, and short-code-finder.ts with worded-short-codes.ts adds
 * service codes.
 */
import { type CountryCode, getCountryCallingCode } from 'libphonenumber-js/max';
import type { PhoneFinding } from '@/lib/finding';
import { extensionAfter } from './extension';
import { type GuardedSpan, guardedSpan, rejection, runRejection } from './guards';
import { plusReadingPossible, plusReadings } from './international-prefix';
import { hasNanpGrouping } from './nanp-grouping';
import { normalizeForMatching } from './normalize';
import { type NumberMatch, readNumbers } from './number-reader';
import {
  type CandidateSpan,
  findCandidateSpans,
  LEADING_CHARS,
  MIN_NUMBER_DIGITS,
  MIN_SHORT_CODE_DIGITS,
} from './prefilter';
import { isListedShortCode, shortCodesIn } from './short-code-finder';
import { overlapsAnyOf, type Span } from './spans';
import { regionsWithTwoDigitCodes } from './two-digit-emergency-codes';
import { withWordedShortCodes } from './worded-short-codes';

export interface FindPhonesOptions {
  /** Region for numbers written in national form, e.g. from regionForPage(). */
  defaultRegion: CountryCode;
}

/**
 * A stretch of the text around candidate runs, normalized on its own: normalizing only these
 * stretches instead of the whole page keeps the cost on prose near the pre-filter's. Context
 * reaches far enough for the guards' look-behind and an extension's "转 8001".
 */
interface View {
  start: number;
  end: number;
  normalized: string;
  /** Runs long enough to be full numbers, offsets in the whole text. */
  numberRuns: CandidateSpan[];
}

const VIEW_CONTEXT = 32;
/** One character before a run lets the parser reject "abc8005001234"; the tail holds "ext. 1234". */
const PARSE_BEFORE = 1;
const PARSE_AFTER = 12;

function isWorthViewing(text: string, span: CandidateSpan): boolean {
  if (span.digits >= MIN_NUMBER_DIGITS) return true;
  // A listed code is written as bare digits: "10086", not "100 86"; a bracket or plus the
  // pre-filter took in front ("Triple Zero (000)") is not part of it.
  let from = span.start;
  while (from < span.end && LEADING_CHARS.includes(text.charAt(from))) from++;
  if (span.end - from !== span.digits) return false;
  const digits = text.slice(from, span.end);
  return isListedShortCode(digits.charCodeAt(0) < 128 ? digits : normalizeForMatching(digits));
}

function viewsOf(text: string): View[] {
  const views: Array<Omit<View, 'normalized'>> = [];
  for (const span of findCandidateSpans(text, MIN_SHORT_CODE_DIGITS)) {
    if (!isWorthViewing(text, span)) continue;
    const start = Math.max(0, span.start - VIEW_CONTEXT);
    const end = Math.min(text.length, span.end + VIEW_CONTEXT);
    const numberRuns = span.digits >= MIN_NUMBER_DIGITS ? [span] : [];
    const last = views.at(-1);
    if (last !== undefined && start <= last.end) {
      last.end = end;
      last.numberRuns.push(...numberRuns);
    } else {
      views.push({ start, end, numberRuns });
    }
  }
  return views.map((view) => ({
    ...view,
    normalized: normalizeForMatching(text.slice(view.start, view.end)),
  }));
}

function matchesIn(text: string, offset: number, region: CountryCode): NumberMatch[] {
  return readNumbers(text, region).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
}

/** A stretch handed to the parser, offsets in the whole text. */
interface ParseWindow {
  start: number;
  end: number;
  view: View;
  runs: CandidateSpan[];
}

/**
 * The stretches of a view handed to the parser. `passedRuns` gains each run the run guards let
 * through, by its start in the whole text: a number that is the whole run is not read again by them.
 */
function parseWindowsOf(view: View, passedRuns: Map<number, GuardedSpan>): ParseWindow[] {
  const windows: ParseWindow[] = [];
  for (const run of view.numberRuns) {
    const span = guardedSpan(view.normalized, run.start - view.start, run.end - view.start);
    if (runRejection(span) !== null) continue;
    passedRuns.set(run.start, span);
    const start = Math.max(view.start, run.start - PARSE_BEFORE);
    const end = Math.min(view.end, run.end + PARSE_AFTER);
    const last = windows.at(-1);
    if (last !== undefined && start <= last.end) {
      last.end = end;
      last.runs.push(run);
    } else {
      windows.push({ start, end, view, runs: [run] });
    }
  }
  return windows;
}

function sliceOf(parseWindow: { start: number; end: number; view: View }): string {
  return parseWindow.view.normalized.slice(
    parseWindow.start - parseWindow.view.start,
    parseWindow.end - parseWindow.view.start,
  );
}

function matchesInWindows(windows: readonly ParseWindow[], region: CountryCode): NumberMatch[] {
  return windows.flatMap((parseWindow) => matchesIn(sliceOf(parseWindow), parseWindow.start, region));
}

/** "00852 2880 2688" read as "+852 2880 2688" when the default region's own exit code differs. */
function matchWithPlusReading(
  parseWindow: ParseWindow,
  run: CandidateSpan,
  region: CountryCode,
): NumberMatch | null {
  const { view } = parseWindow;
  const runText = view.normalized.slice(run.start - view.start, run.end - view.start);
  const tail = view.normalized.slice(run.end - view.start, parseWindow.end - view.start);
  for (const reading of plusReadings(runText)) {
    const plusAt = run.start + reading.indexOf('+');
    const found = matchesIn(reading + tail, run.start, region).find((m) => m.start === plusAt);
    if (found !== undefined) return { ...found, start: run.start };
  }
  return null;
}

const NANP_REGION: CountryCode = 'US';

/** "(415) 555-0134" read as a North American number on a page of another region. */
function matchWithNanpReading(
  parseWindow: ParseWindow,
  run: CandidateSpan,
  region: CountryCode,
): NumberMatch | null {
  const { view } = parseWindow;
  // The grouping first: asking libphonenumber-js for a calling code costs more than the pattern.
  if (!hasNanpGrouping(view.normalized.slice(run.start - view.start, run.end - view.start))) return null;
  if (getCountryCallingCode(region) === getCountryCallingCode(NANP_REGION)) return null;
  return (
    matchesIn(sliceOf(parseWindow), parseWindow.start, NANP_REGION).find((m) => m.start === run.start) ?? null
  );
}

/** Another reading of a run, for runs the parser read wrongly or found nothing at the start of. */
function readingOf(
  parseWindow: ParseWindow,
  run: CandidateSpan,
  region: CountryCode,
  parsedAtStart: boolean,
): NumberMatch | null {
  const nanp = matchWithNanpReading(parseWindow, run, region);
  if (nanp !== null || parsedAtStart) return nanp;
  if (!plusReadingPossible(parseWindow.view.normalized, run.start - parseWindow.view.start)) return null;
  return matchWithPlusReading(parseWindow, run, region);
}

function withOtherReadings(
  windows: readonly ParseWindow[],
  matches: NumberMatch[],
  region: CountryCode,
): NumberMatch[] {
  const starts = new Set(matches.map((m) => m.start));
  const readings: NumberMatch[] = [];
  // Where any reading lies, runs merged: the parser's matches there give way.
  const reread: Span[] = [];
  for (const parseWindow of windows) {
    for (const run of parseWindow.runs) {
      const reading = readingOf(parseWindow, run, region, starts.has(run.start));
      if (reading === null) continue;
      // Readings come in document order; a later one replaces an earlier one it overlaps.
      while ((readings.at(-1)?.end ?? 0) > reading.start) readings.pop();
      readings.push(reading);
      const last = reread.at(-1);
      if (last !== undefined && reading.start < last.end) last.end = Math.max(last.end, reading.end);
      else reread.push({ start: reading.start, end: reading.end });
    }
  }
  if (readings.length === 0) return matches;
  const isReread = overlapsAnyOf(reread);
  return [...matches.filter((m) => !isReread(m.start, m.end)), ...readings].sort((a, b) => a.start - b.start);
}

function toFinding(text: string, view: View, match: NumberMatch): PhoneFinding {
  const extension =
    match.number.ext === undefined ? extensionAfter(view.normalized, match.end - view.start) : null;
  const end = match.end + (extension?.length ?? 0);
  const ext = match.number.ext ?? extension?.digits;
  return {
    kind: 'phone',
    start: match.start,
    end,
    text: text.slice(match.start, end),
    e164: match.number.number,
    region: match.number.country ?? null,
    type: match.number.type,
    ...(ext === undefined ? {} : { ext }),
  };
}

function fullNumbersIn(text: string, views: readonly View[], region: CountryCode): PhoneFinding[] {
  const passedRuns = new Map<number, GuardedSpan>();
  const windows = views.flatMap((view) => parseWindowsOf(view, passedRuns));
  if (windows.length === 0) return [];
  const matches = withOtherReadings(windows, matchesInWindows(windows, region), region);
  const findings: PhoneFinding[] = [];
  let viewIndex = 0;
  for (const match of matches) {
    while ((views[viewIndex]?.end ?? Number.POSITIVE_INFINITY) <= match.start) viewIndex++;
    const view = views[viewIndex];
    const previous = findings.at(-1);
    if (view === undefined || (previous !== undefined && match.start < previous.end)) continue;
    const run = passedRuns.get(match.start);
    const wholeRun = run !== undefined && run.end === match.end - view.start;
    const span = wholeRun
      ? run
      : guardedSpan(view.normalized, match.start - view.start, match.end - view.start);
    if (rejection(span, wholeRun) !== null) continue;
    findings.push(toFinding(text, view, match));
  }
  return findings;
}

/** Codes in the views, none inside the full numbers already found there. */
function shortCodesInViews(
  text: string,
  views: readonly View[],
  region: CountryCode,
  numbers: readonly PhoneFinding[],
): PhoneFinding[] {
  const isNumber = overlapsAnyOf(numbers);
  return views.flatMap((view) =>
    shortCodesIn(view.normalized, text.slice(view.start, view.end), region, (start, end) =>
      isNumber(start + view.start, end + view.start),
    ).map((finding) => ({
      ...finding,
      start: finding.start + view.start,
      end: finding.end + view.start,
    })),
  );
}

/**
 * Whether `text` holds anything the finder could read, in any region: a digit run it would look at,
 * or a code known by its words (an SMS code after "text … to", a two-digit emergency code in a
 * region that has them). What a frame's whole text is checked for before the page is walked block
 * by block (lib/page/quiet-frame).
 */
export function mayHoldPhones(text: string): boolean {
  if (findCandidateSpans(text, MIN_SHORT_CODE_DIGITS).some((span) => isWorthViewing(text, span))) return true;
  // Any region reads SMS codes; the regions with two-digit codes each read their own.
  return [ANY_REGION, ...regionsWithTwoDigitCodes()].some(
    (region) => withWordedShortCodes([], text, region).length > 0,
  );
}

const ANY_REGION = 'US';

/** Phone numbers and short service codes in `text`, in document order, offsets in `text`'s UTF-16 units. */
export function findPhones(text: string, options: FindPhonesOptions): PhoneFinding[] {
  const views = viewsOf(text);
  if (views.length === 0) return withWordedShortCodes([], text, options.defaultRegion);
  const numbers = fullNumbersIn(text, views, options.defaultRegion);
  const inViews = shortCodesInViews(text, views, options.defaultRegion, numbers);
  const found = inViews.length === 0 ? numbers : [...numbers, ...inViews].sort((a, b) => a.start - b.start);
  return withWordedShortCodes(found, text, options.defaultRegion);
}
