import type { PhoneFinding } from '../finding';
import type { RegionRule } from '../phone/page-region';

/**
 * What placed a number on a card: its own country code as written, its shape (a NANP "1-866…" on a
 * Chinese page, read as North American whatever the page), or the page's rule for national numbers.
 */
export type CardRegionRule = RegionRule | 'written' | 'shape';

/** "+86 …", "＋86 …" or "0086 …": the text carried its country, so no page rule chose the region. */
function writtenWithCountry(text: string): boolean {
  return /^\s*(?:[+＋]|00|００)/.test(text);
}

/** Why a full number is in its region; null for short codes, which have no other. */
export function regionRuleFor(
  finding: PhoneFinding,
  page: { rule: RegionRule; region: string },
): CardRegionRule | null {
  if (finding.e164 === null) return null;
  if (writtenWithCountry(finding.text)) return 'written';
  return finding.region === page.region ? page.rule : 'shape';
}
