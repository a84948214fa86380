import type * as z from 'zod/mini';
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
  const validPhones = firstValid(phones.values(), phoneSummarySchema, limits.entriesPerFrame + 1);
  const validCarriers = firstValid(carriers.values(), carrierSummarySchema, limits.entriesPerFrame + 1);
  return {
    phones: validPhones.slice(0, limits.entriesPerFrame),
    carriers: validCarriers.slice(0, limits.entriesPerFrame),
    capped: validPhones.length > limits.entriesPerFrame || validCarriers.length > limits.entriesPerFrame,
  };
}

/** Up to `count` entries the schema accepts, in order; a page with thousands of numbers checks only as many as are sent. */
function firstValid<T>(entries: Iterable<T>, schema: z.ZodMiniType, count: number): T[] {
  const valid: T[] = [];
  for (const entry of entries) {
    if (valid.length === count) break;
    if (schema.safeParse(entry).success) valid.push(entry);
  }
  return valid;
}
