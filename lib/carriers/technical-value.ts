/** How far before a value its "APN" label may stand: "APN: cmhk", "the APN is cmhk", "APN 设为 cmhk". */
const LABEL_REACH = 16;

/** "APN" as a word, then nothing that ends a sentence (a full stop only before whitespace). */
const APN_LABEL = /(?:^|[^A-Za-z])APN(?![A-Za-z])(?:[^.。！？!?\n]|\.(?!\s))*$/i;

/**
 * Whether the name at text[start, end) is a setting's value rather than a carrier: written all in
 * lower case after an APN label ("APN: cmhk"). Written as the brand is ("the APN for CMHK"), it
 * stays the carrier.
 */
export function isTechnicalValue(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (written !== written.toLowerCase() || written === written.toUpperCase()) return false;
  return APN_LABEL.test(text.slice(Math.max(0, start - LABEL_REACH), start));
}
