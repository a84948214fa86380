import type { HoverCardContent } from '@/components/HoverCard';
import type { RegionRule } from '@/components/NumberCard';
import type { Finding } from '@/lib/findings';
import { regionRuleFor } from '@/lib/scan/region-rule';
import { carrierFromBackground, describeFromBackground } from './engine-client';

/** What the card shows for a finding; null for a carrier id the catalog does not know. */
export async function cardContentFor(
  finding: Finding,
  page: { homeRegion: string; locale: string; regionRule: RegionRule },
): Promise<HoverCardContent | null> {
  if (finding.kind === 'carrier') {
    const carrier = await carrierFromBackground(finding.id);
    return carrier ? { kind: 'carrier', carrier } : null;
  }
  const facts = finding.e164
    ? await describeFromBackground(finding.e164, page.homeRegion, page.locale)
    : { description: null, originalCarrier: null };
  return { kind: 'phone', finding, ...facts, regionRule: regionRuleFor(finding, page.regionRule) };
}
