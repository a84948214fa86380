/**
 * Drops digits libphonenumber accepts but a person would not read as a phone number. Each guard
 * looks at a found span in the normalized text (see normalize.ts) and its surroundings.
 */
import { keywordBefore } from './context-words';

export type GuardName =
  | 'url'
  | 'email'
  | 'date'
  | 'time'
  | 'yearRange'
  | 'price'
  | 'percentage'
  | 'decimal'
  | 'ipAddress'
  | 'version'
  | 'isbn'
  | 'iban'
  | 'card'
  | 'identifier'
  | 'bareDigits';

/** A found span and what surrounds it, computed once for all guards. */
interface Surroundings {
  match: string;
  /** Up to CONTEXT_CHARS before the span, cut at the previous line break. */
  before: string;
  /** Up to CONTEXT_CHARS after the span, cut at the next line break. */
  after: string;
  /** The span widened over adjacent digits and digit punctuation: "2024-05-13" around "05-13". */
  run: string;
  /** The span widened over characters URLs and e-mail addresses are made of. */
  token: string;
  keyword: 'phone' | 'identifier' | null;
}

const CONTEXT_CHARS = 24;

/** An ASCII character class as a table, asked once per character around every span. */
function asciiClass(members: string): (code: number) => boolean {
  const table = new Uint8Array(128);
  for (let i = 0; i < members.length; i++) table[members.charCodeAt(i)] = 1;
  return (code) => code < 128 && table[code] === 1;
}

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RUN_CHAR = asciiClass(`${DIGITS}.-/:`);
const TOKEN_CHAR = asciiClass(`${LETTERS}${DIGITS}._~:/?#@!$&*+,;=%-`);
const CARD_CHAR = asciiClass(`${DIGITS} -`);

function widen(text: string, start: number, end: number, allowed: (code: number) => boolean): string {
  let from = start;
  let to = end;
  while (from > 0 && allowed(text.charCodeAt(from - 1))) from--;
  while (to < text.length && allowed(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

// What may join the digits of one written number: spaces, dashes, dots, slashes, brackets, plus.
const NUMBER_JOINER = /^[\s\-./()（）+＋]*$/;

/**
 * The text before a number, from where the last earlier number ended: a guard word belongs to the
 * identifier it stands before, not to the next number ("订单号：202405131234 售后 021-6321 8888",
 * "邮编：200001 总机：…"). Digits joined to the number by spaces and punctuation alone are part of
 * the same run and keep their word ("身份证号 1101 0119 9003…").
 */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function localBefore(before: string): string {
  let lastDigit = before.length - 1;
  while (lastDigit >= 0 && !isAsciiDigit(before.charCodeAt(lastDigit))) lastDigit--;
  const tail = before.slice(lastDigit + 1);
  return lastDigit >= 0 && !NUMBER_JOINER.test(tail) ? tail : before;
}

function surroundingsOf(text: string, start: number, end: number): Surroundings {
  const rawBefore = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const rawAfter = text.slice(end, end + CONTEXT_CHARS);
  const line = rawBefore.slice(rawBefore.lastIndexOf('\n') + 1);
  const lineBreak = rawAfter.indexOf('\n');
  const after = lineBreak === -1 ? rawAfter : rawAfter.slice(0, lineBreak);
  return {
    match: text.slice(start, end),
    before: line,
    after,
    run: widen(text, start, end, RUN_CHAR),
    token: widen(text, start, end, TOKEN_CHAR),
    keyword: keywordBefore(localBefore(line)),
  };
}

// "https://wa.me/8613800138000", "www.example.com/2880-2688"; "tel:+1-212-555-0123" is a number.
const URL_TOKEN = /^(?!(?:tel|sms|callto):)(?:[a-z][a-z0-9+.-]*:\/\/|.*www\.|.*[a-z0-9-]\.[a-z]{2,}\/)/i;
// "13800138000@163.com"
const EMAIL_TOKEN = /@[A-Za-z0-9-]+\./;

// "2024-05-13", "2024.05.13", "2024/5/13", also inside ranges "2024.05.13–2024.05.20".
const YEAR_FIRST_DATE =
  /(?<![\d.\-/])(?:19|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d]|[.\-/]\d)/;
// "13.05.2024", "5/13/2025", "13-05-24"; not the French "06.12.34.56.78", which goes on.
const YEAR_LAST_DATE =
  /(?<![\d.\-/])(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)?\d\d(?![\d]|[.\-/]\d)/;
// "20240513" written without separators.
const COMPACT_DATE = /^(?:19[5-9]\d|20[0-4]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
// "2025年5月13日": CJK date units right after the digits.
const DATE_UNIT_AFTER = /^\s?[年月日号號]/;
const DATE_UNIT_BEFORE = /[年月]\s?$/;

// "08:30", "2880 2688:30" in a timetable.
const TIME_AFTER = /^\s?:\s?\d/;
const TIME_BEFORE = /\d\s?:\s?$/;

// "2019-2024", "1998 – 2003".
const YEAR_RANGE = /^(?:19|20)\d\d\s*[-~/]\s*(?:19|20)\d\d$/;

// "¥ 1380 0000", "HK$ 2880 2688", "RMB 13800000", "€ 12 500 000".
const CURRENCY_BEFORE =
  /(?:[$¥￥€£₩₹฿₱₫]|HK\$|US\$|NT\$|S\$|A\$|C\$|\b(?:RMB|CNY|HKD|USD|EUR|JPY|TWD|NTD|SGD|MYR|GBP|AUD|KRW|Rs\.?|RM))\s?$/i;
const CURRENCY_AFTER =
  /^\s?(?:元|円|圆|圓|块|塊|万|萬|亿|億|美元|港元|港币|港幣|日元|欧元|歐元|(?:dollars?|euros?|yuan|yen|USD|HKD|RMB|CNY|EUR|JPY)\b)/i;
const PERCENT_AFTER = /^\s?[%‰]/;

// "116.4074" and "39.9042, 116.4074", or digits continuing a decimal: "3.1415926535".
const DECIMAL = /^\d+\.\d+$/;
const DECIMAL_BEFORE = /\d[.,]$/;
const DECIMAL_AFTER = /^(?:[.,]\d|°)/;

// Four dotted groups and no more: "06.12.34.56.78" is a French mobile.
const IP_ADDRESS = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/;

// "v2.13.4", "Version 10.0.19045", "版本 3.2.1".
const VERSION_BEFORE = /(?:\bv|\bver\.?|\bversion|\brelease|\bbuild|\brev\.?|版本|版)\s?[:：]?\s?$/i;

// "ISBN 978-7-111-54742-6", "ISSN 1234-5679".
const ISBN_BEFORE = /\b(?:ISBN(?:-1[03])?|ISSN|DOI)\s?[:：]?\s?$/i;
const ISBN_13 = /^97[89]\d{10}$/;
const ISBN_13_DIGITS = 13;

// "DE89 3704 0044 0532 0130 00": the digits continue a two-letter, two-digit IBAN start.
const IBAN_BEFORE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$/;

// "4111 1111 1111 1111", "4111-1111-1111-1111".
const CARD_RUN = /^\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?$/;

const BARE_DIGITS = /^\d+$/;
/** Unformatted runs this long are IDs or account numbers unless a phone word says otherwise. */
const BARE_DIGITS_MIN = 13;

/**
 * Guards that hold for a whole digit run as well as for a number found in it: they look at what
 * stands before the digits, or at the word they sit in.
 */
const RUN_GUARDS: ReadonlyArray<readonly [GuardName, Guard]> = [
  ['email', (s) => EMAIL_TOKEN.test(s.token)],
  ['url', (s) => URL_TOKEN.test(s.token)],
  ['price', (s) => CURRENCY_BEFORE.test(s.before)],
  ['version', (s) => VERSION_BEFORE.test(s.before)],
  ['isbn', (s) => ISBN_BEFORE.test(s.before)],
  ['iban', (s) => IBAN_BEFORE.test(s.before)],
  // Written with "+" and a country code, digits are a phone number whatever word stands before:
  // "香港储值卡号码：+852 5432 1098", "收不到验证码的话，把号码写成 +1-917-432-0143". No order, card or
  // tracking number is written that way.
  ['identifier', (s) => s.keyword === 'identifier' && !s.match.startsWith('+')],
];

// The same dates for a whole run, separators not required to agree: "2024.05.13–2024.05.20".
const DATE =
  '(?:(?:19|20)\\d\\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\\d|3[01])|(?:0?[1-9]|[12]\\d|3[01])[-./](?:0?[1-9]|[12]\\d|3[01])[-./](?:19|20)?\\d\\d)';

/** Whole runs that are one thing and not a phone number: "2024.05.13 - 2024.05.20", "192.168.10.100". */
const RUN_SHAPES: ReadonlyArray<readonly [GuardName, RegExp]> = [
  ['date', new RegExp(`^${DATE}(?:\\s?[-~/]\\s?${DATE})?$`)],
  ['ipAddress', new RegExp(`^${IP_ADDRESS.source}$`)],
  ['yearRange', YEAR_RANGE],
  ['decimal', DECIMAL],
  ['card', CARD_RUN],
];

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function widenCardRun(text: string, start: number, end: number): string {
  return widen(text, start, end, CARD_CHAR).trim();
}

type Guard = (s: Surroundings, text: string, start: number, end: number) => boolean;

/** Guards in the order they are tried; the first that fires names the reason. */
const GUARDS: ReadonlyArray<readonly [GuardName, Guard]> = [
  ...RUN_GUARDS,
  [
    'date',
    (s) =>
      YEAR_FIRST_DATE.test(s.run) ||
      YEAR_LAST_DATE.test(s.run) ||
      DATE_UNIT_AFTER.test(s.after) ||
      DATE_UNIT_BEFORE.test(s.before) ||
      (s.keyword !== 'phone' && COMPACT_DATE.test(s.match)),
  ],
  ['time', (s) => TIME_AFTER.test(s.after) || TIME_BEFORE.test(s.before)],
  ['yearRange', (s) => YEAR_RANGE.test(s.match.trim())],
  ['price', (s) => CURRENCY_AFTER.test(s.after)],
  ['percentage', (s) => PERCENT_AFTER.test(s.after)],
  ['decimal', (s) => DECIMAL.test(s.match) || DECIMAL_BEFORE.test(s.before) || DECIMAL_AFTER.test(s.after)],
  ['ipAddress', (s) => IP_ADDRESS.test(s.run)],
  ['isbn', (s) => s.match.length >= ISBN_13_DIGITS && ISBN_13.test(digitsOf(s.match))],
  ['card', (_s, text, start, end) => CARD_RUN.test(widenCardRun(text, start, end))],
  [
    'bareDigits',
    (s) => s.keyword !== 'phone' && BARE_DIGITS.test(s.match) && s.match.length >= BARE_DIGITS_MIN,
  ],
];

/** A span of the normalized text and what surrounds it, read once for every guard that asks. */
export interface GuardedSpan {
  text: string;
  start: number;
  end: number;
  surroundings: Surroundings;
}

/** `start`–`end` of the normalized `text`, with its surroundings read. */
export function guardedSpan(text: string, start: number, end: number): GuardedSpan {
  return { text, start, end, surroundings: surroundingsOf(text, start, end) };
}

function firstFiring(
  guards: ReadonlyArray<readonly [GuardName, Guard]>,
  span: GuardedSpan,
): GuardName | null {
  for (const [name, guard] of guards)
    if (guard(span.surroundings, span.text, span.start, span.end)) return name;
  return null;
}

const GUARDS_AFTER_RUN = GUARDS.filter((guard) => !RUN_GUARDS.includes(guard));

/**
 * Why the found number in `span` is not a phone number, or null when nothing speaks against it.
 * `runChecked`: the span is a whole digit run that runRejection passed, so its guards are not asked again.
 */
export function rejection(span: GuardedSpan, runChecked = false): GuardName | null {
  return firstFiring(runChecked ? GUARDS_AFTER_RUN : GUARDS, span);
}

/** Why the found number at `start`–`end` of the normalized `text` is not a phone number, or null. */
export function rejectionReason(text: string, start: number, end: number): GuardName | null {
  return rejection(guardedSpan(text, start, end));
}

/**
 * Why a whole digit run (see prefilter.ts) holds no phone number, or null. Checked before parsing:
 * parsing a run that fails costs the parser several tries at its parts.
 */
export function runRejection(span: GuardedSpan): GuardName | null {
  const fired = firstFiring(RUN_GUARDS, span);
  if (fired !== null) return fired;
  const shape = RUN_SHAPES.find(([, pattern]) => pattern.test(span.surroundings.match));
  return shape?.[0] ?? null;
}
