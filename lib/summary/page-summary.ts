import * as z from 'zod/mini';
import type { Finding } from '../finding';

/**
 * What a page holds, as the popup and the badge see it: each frame reports its numbers and carriers
 * once each with a count (`frameSummary`), and the background merges a tab's frames (`mergeFrames`).
 * zod/mini: the content script builds and checks these reports.
 */

export const summaryLimits = {
  /** Distinct numbers and carriers one frame reports; the rest is summarized by `capped`. */
  entriesPerFrame: 200,
  sampleLength: 80,
} as const;

const e164Schema = z.string().check(z.regex(/^\+[1-9]\d{1,14}$/));
const countSchema = z.int().check(z.gte(1), z.lte(1_000_000));

export const phoneSummarySchema = z.object({
  e164: z.nullable(e164Schema),
  /** Digits of a short service code ("10086", "*611"), present when e164 is null. */
  shortCode: z.optional(z.string().check(z.regex(/^[0-9*#]{2,12}$/))),
  region: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  type: z.nullable(z.string().check(z.regex(/^[A-Z_]{1,32}$/))),
  count: countSchema,
  /** The first occurrence as written, so the popup can show what the page says. */
  sample: z.string().check(z.maxLength(summaryLimits.sampleLength)),
});

export const carrierSummarySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(64)),
  region: z.string().check(z.regex(/^([A-Z]{2}|global)$/)),
  count: countSchema,
});

/** Everything one frame has found so far: a full replacement of its last report, not a delta. */
export const frameSummarySchema = z.object({
  phones: z.array(phoneSummarySchema).check(z.maxLength(summaryLimits.entriesPerFrame)),
  carriers: z.array(carrierSummarySchema).check(z.maxLength(summaryLimits.entriesPerFrame)),
  /** True when the frame found more than it reports. */
  capped: z.boolean(),
});

export type PhoneSummary = z.infer<typeof phoneSummarySchema>;
export type CarrierSummary = z.infer<typeof carrierSummarySchema>;
export type FrameSummary = z.infer<typeof frameSummarySchema>;

const frameIdSchema = z.int().check(z.gte(0));

export const phoneEntrySchema = z.extend(phoneSummarySchema, {
  /** Identity across frames and the `reveal` key: the E.164 form, or region + short code. */
  key: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The frame to ask when revealing it: the lowest frame id holding it, 0 being the top frame. */
  frameId: frameIdSchema,
});

export const carrierEntrySchema = z.extend(carrierSummarySchema, { frameId: frameIdSchema });

/** One tab's findings: every frame's report merged, each number and carrier once, with counts. */
export const pageSummarySchema = z.object({
  phones: z.array(phoneEntrySchema),
  carriers: z.array(carrierEntrySchema),
  /** True when some frame found more than it could report. */
  capped: z.boolean(),
  /**
   * The top frame's address as its sender was known to the browser: the popup needs the site for
   * its on/off switch and cannot read tab URLs without a host permission.
   */
  pageUrl: z.optional(z.string()),
});

export type PhoneEntry = z.infer<typeof phoneEntrySchema>;
export type CarrierEntry = z.infer<typeof carrierEntrySchema>;
export type PageSummary = z.infer<typeof pageSummarySchema>;

export function phoneKey(phone: Pick<PhoneSummary, 'e164' | 'shortCode' | 'region'>): string {
  return phone.e164 ?? `${phone.region ?? '??'}:${phone.shortCode ?? ''}`;
}

/** The key a finding is listed and revealed by: a phone's summary key or a carrier id. */
export function findingKey(finding: Finding): string {
  return finding.kind === 'phone' ? phoneKey(finding) : finding.id;
}

/**
 * What one frame reports: each number and carrier once, in page order, with how often it
 * appears. Entries the schema would refuse are left out rather than failing the report.
 */
export function frameSummary(findings: Iterable<Finding>): FrameSummary {
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
          sample: finding.text.slice(0, summaryLimits.sampleLength),
        });
    } else {
      const seen = carriers.get(key);
      if (seen) seen.count++;
      else carriers.set(key, { id: finding.id, region: finding.region, count: 1 });
    }
  }
  const validPhones = firstValid(phones.values(), phoneSummarySchema, summaryLimits.entriesPerFrame + 1);
  const validCarriers = firstValid(
    carriers.values(),
    carrierSummarySchema,
    summaryLimits.entriesPerFrame + 1,
  );
  return {
    phones: validPhones.slice(0, summaryLimits.entriesPerFrame),
    carriers: validCarriers.slice(0, summaryLimits.entriesPerFrame),
    capped:
      validPhones.length > summaryLimits.entriesPerFrame ||
      validCarriers.length > summaryLimits.entriesPerFrame,
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

/** Merges frame reports keyed by frame id; the order is top frame first, then each frame's own order. */
export function mergeFrames(frames: ReadonlyMap<number, FrameSummary & { url?: string }>): PageSummary {
  const phones = new Map<string, PhoneEntry>();
  const carriers = new Map<string, CarrierEntry>();
  let capped = false;
  const frameIds = [...frames.keys()].sort((a, b) => a - b);
  for (const frameId of frameIds) {
    const frame = frames.get(frameId);
    if (!frame) continue;
    capped ||= frame.capped;
    for (const phone of frame.phones) {
      const key = phoneKey(phone);
      const seen = phones.get(key);
      if (seen) seen.count += phone.count;
      else phones.set(key, { ...phone, key, frameId });
    }
    for (const carrier of frame.carriers) {
      const seen = carriers.get(carrier.id);
      if (seen) seen.count += carrier.count;
      else carriers.set(carrier.id, { ...carrier, frameId });
    }
  }
  const pageUrl = frames.get(0)?.url;
  return {
    phones: [...phones.values()],
    carriers: [...carriers.values()],
    capped,
    ...(pageUrl && { pageUrl }),
  };
}

/** The toolbar badge: how many distinct numbers the page shows. */
export function badgeText(summary: PageSummary | null): string {
  const count = summary?.phones.length ?? 0;
  if (count === 0) return '';
  return count > 99 ? '99+' : String(count);
}
