import type { PhoneFinding } from '@/lib/finding';

/** "+86 …", "＋86 …" or "0086 …": the text carried its country, so no page rule chose the region. */
export function writtenWithCountry(text: string): boolean {
  return /^\s*(?:[+＋]|00|００)/.test(text);
}

/** The page rule that placed a full number, or null when the number carried its own country code. */
export function regionRuleFor<Rule>(finding: PhoneFinding, pageRule: Rule): Rule | null {
  return finding.e164 !== null && !writtenWithCountry(finding.text) ? pageRule : null;
}
