import { digitValue } from '../digits';

/**
 * Maps look-alike characters to ASCII one UTF-16 unit for one, so every offset found in the
 * normalized text is also an offset in the text as written.
 * Example: "＋８６ １３８ ００１３ ８０００" → "+86 138 0013 8000".
 */

// Full-width ASCII (U+FF01–U+FF5E) sits at a fixed distance from ASCII: "８" (U+FF18) → "8".
const FULL_WIDTH_OFFSET = 0xfee0;

/** Soft hyphen, zero-width space/non-joiner/joiner, LRM, RLM, word joiner, BOM. */
export const INVISIBLE = '\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff';

// Everything else that maps, grouped by what it becomes.
const SINGLE_MAPPINGS: ReadonlyArray<readonly [string, string]> = [
  // Ideographic, no-break, thin and other fixed-width spaces: "電話　2880 2688".
  ['\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f', ' '],
  // Hyphens, dashes and the minus sign: "138‐0013‐8000" typed on a phone keyboard.
  ['\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc', '-'],
  // Invisible characters pages put inside numbers (soft hyphens, zero-width spaces and joiners,
  // direction marks, word joiners, stray byte-order marks): the reader sees one number, so they read as
  // a space. "+44\u200b20 7925 0918" must not become the US number "20 7925 0918".
  [INVISIBLE, ' '],
];

const MAPPABLE =
  /[\uff01-\uff5e\u3000\u00a0\u2000-\u200f\u202f\u205f\u2060\ufeff\u00ad\u2010-\u2015\u2212\u30fc\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]/g;

function mapCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  // Digits of other scripts: Arabic-Indic "٠٥٠١", Devanagari "०२", Thai "๐๒ ๑๒๓ ๔๕๖๗"…
  const digit = digitValue(code);
  if (digit >= 0) return String.fromCharCode(0x30 + digit);
  for (const [from, to] of SINGLE_MAPPINGS) if (from.includes(char)) return to;
  return char;
}

/** Returns `text` with full-width and other look-alike characters replaced by ASCII; same length. */
export function normalizeForMatching(text: string): string {
  return text.replace(MAPPABLE, mapCharacter);
}
