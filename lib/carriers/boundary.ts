import { isDigitCode, isHyphenCode, isSpaceCode, isWordCode } from './chars';

const FULL_STOP = 0x2e;
const PLUS = 0x2b;
const DOLLAR = 0x24;
const FULL_WIDTH_DOLLAR = 0xff04;

/** Space, hyphen or dot between digit groups, as in "2988 1010" or "+852-1010". */
function isDigitGroupSeparator(code: number): boolean {
  return isSpaceCode(code) || isHyphenCode(code) || code === FULL_STOP;
}

/**
 * Whether the character at `outer`, seen from a name edge at `inner`, leaves that edge standing
 * alone. A letter or digit joins the name to a longer word ("EE" in "free"); a hyphen with a
 * letter or digit beyond it does too ("Fi" in "Wi-Fi", "Three" in "three-year"), and so does a
 * dollar sign after it, which makes a currency ("NT$300", "HK$50"). A name edge that
 * is a digit also refuses a neighbouring digit group, so "1010" inside "2988 1010" stays a number.
 * With `hyphenJoins` a hyphenated compound keeps the name ("Vodafone-Hotline", "non-Verizon").
 */
function edgeStandsAlone(
  text: string,
  inner: number,
  outer: number,
  step: 1 | -1,
  hyphenJoins: boolean,
): boolean {
  if (outer < 0 || outer >= text.length) return true;
  const next = text.charCodeAt(outer);
  if (isWordCode(next)) return false;
  if (step === 1 && (next === DOLLAR || next === FULL_WIDTH_DOLLAR)) return false;
  const beyond = outer + step;
  const hasBeyond = beyond >= 0 && beyond < text.length;
  if (isHyphenCode(next)) {
    if (hyphenJoins) return true;
    if (hasBeyond && isWordCode(text.charCodeAt(beyond))) return false;
  }
  if (!isDigitCode(text.charCodeAt(inner))) return true;
  if (next === PLUS) return false;
  return !(isDigitGroupSeparator(next) && hasBeyond && isDigitCode(text.charCodeAt(beyond)));
}

/** The name starting at `start` is not the tail of a longer word or number. */
export function startsWord(text: string, start: number, hyphenJoins = false): boolean {
  return edgeStandsAlone(text, start, start - 1, -1, hyphenJoins);
}

/** The name ending at `end` (exclusive) is not the head of a longer word or number. */
export function endsWord(text: string, end: number, hyphenJoins = false): boolean {
  return edgeStandsAlone(text, end - 1, end, 1, hyphenJoins);
}
