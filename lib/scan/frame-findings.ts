import type { Finding } from '@/lib/findings';
import {
  type CarrierSummary,
  carrierSummarySchema,
  type FrameFindings,
  limits,
  type PhoneSummary,
  phoneSummarySchema,
} from '@/lib/messages';
import { phoneKey } from '@/lib/summary';

/** The key a finding is listed and revealed by: a phone's summary key or a carrier id. */
export function findingKey(finding: Finding): string {
  return finding.kind === 'phone' ? phoneKey(finding) : finding.id;
}

/**
 * What one frame reports: each number and carrier once, in page order, with how often it
 * appears. Entries the message schema would refuse are left out rather than failing the report.
 */
export function frameFindings(findings: Iterable<Finding>): FrameFindings {
  const phones = new Map<string, PhoneSummary>();
  const carriers = new Map<string, CarrierSummary>();
  for (const finding of findings) {
    const key = findingKey(finding);
    if (finding.kind === 'phone') {
      const seen = phones.get(key);
      if (seen) seen.count++;
      else
        phones.set(key, {
          e164: finding.e164,
          ...(finding.shortCode !== undefined && { shortCode: finding.shortCode }),
          region: finding.region,
          type: finding.type,
          count: 1,
          sample: finding.text.slice(0, limits.sampleLength),
        });
    } else {
      const seen = carriers.get(key);
      if (seen) seen.count++;
      else carriers.set(key, { id: finding.id, region: finding.region, count: 1 });
    }
  }
  const validPhones = [...phones.values()].filter((p) => phoneSummarySchema.safeParse(p).success);
  const validCarriers = [...carriers.values()].filter((c) => carrierSummarySchema.safeParse(c).success);
  return {
    phones: validPhones.slice(0, limits.entriesPerFrame),
    carriers: validCarriers.slice(0, limits.entriesPerFrame),
    capped: validPhones.length > limits.entriesPerFrame || validCarriers.length > limits.entriesPerFrame,
  };
}
