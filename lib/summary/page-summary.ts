import * as z from 'zod/mini';
import type { Finding } from '../finding';
import { once } from '../once';

/**
 * What a page holds, as the popup and the badge see it: each frame reports its numbers and carriers
 * once each with a count (`frameSummary`), and the background merges a tab's frames (`mergeFrames`).
 * zod/mini: the content script builds these reports and the background checks them.
 */

export const summaryLimits = {
  /** Distinct numbers and carriers one frame reports; the rest is summarized by `capped`. */
  entriesPerFrame: 200,
  sampleLength: 80,
} as const;

/** The patterns a summary's fields match; the finders' replies are held to the same (lib/messaging/protocol). */
export const summaryPatterns = {
  e164: /^\+[1-9]\d{1,14}$/,
  /** Digits of a short service code ("10086", "*611"). */
  shortCode: /^[0-9*#]{2,12}$/,
  region: /^[A-Z]{2}$/,
  type: /^[A-Z_]{1,32}$/,
  carrierId: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  carrierRegion: /^([A-Z]{2}|global)$/,
} as const;

const pattern = (regex: RegExp) => z.string().check(z.regex(regex));

/* Built on first use (lib/once): the content script loads this module in every frame. */

const phoneSummary = once(() =>
  z.object({
    e164: z.nullable(pattern(summaryPatterns.e164)),
    /** Present when e164 is null. */
    shortCode: z.optional(pattern(summaryPatterns.shortCode)),
    region: z.nullable(pattern(summaryPatterns.region)),
    type: z.nullable(pattern(summaryPatterns.type)),
    count: z.int().check(z.gte(1), z.lte(1_000_000)),
    /** The first occurrence as written, so the popup can show what the page says. */
    sample: z.string().check(z.maxLength(summaryLimits.sampleLength)),
  }),
);

const carrierSummary = once(() =>
  z.object({
    id: pattern(summaryPatterns.carrierId).check(z.maxLength(64)),
    region: pattern(summaryPatterns.carrierRegion),
    count: z.int().check(z.gte(1), z.lte(1_000_000)),
  }),
);

/** Everything one frame has found so far: a full replacement of its last report, not a delta. */
export const frameSummarySchema = once(() =>
  z.object({
    phones: z.array(phoneSummary()).check(z.maxLength(summaryLimits.entriesPerFrame)),
    carriers: z.array(carrierSummary()).check(z.maxLength(summaryLimits.entriesPerFrame)),
    /** True when the frame found more than it reports. */
    capped: z.boolean(),
    /** The region the frame reads national numbers in (its language tag, domain or the home region). */
    pageRegion: z.optional(pattern(summaryPatterns.region)),
  }),
);

export type PhoneSummary = z.infer<ReturnType<typeof phoneSummary>>;
export type CarrierSummary = z.infer<ReturnType<typeof carrierSummary>>;
export type FrameSummary = z.infer<ReturnType<typeof frameSummarySchema>>;

const frameId = () => z.int().check(z.gte(0));

/** A number as the popup lists it: merged across frames, with its key and the frame that holds it. */
export const phoneEntrySchema = once(() =>
  z.extend(phoneSummary(), {
    /** Identity across frames and the `reveal` key: the E.164 form, or region + short code. */
    key: z.string().check(z.minLength(1), z.maxLength(64)),
    /** The frame to ask when revealing it: the lowest frame id holding it, 0 being the top frame. */
    frameId: frameId(),
  }),
);

export const carrierEntrySchema = once(() => z.extend(carrierSummary(), { frameId: frameId() }));

/** One tab's findings: every frame's report merged, each number and carrier once, with counts. */
export const pageSummarySchema = once(() =>
  z.object({
    phones: z.array(phoneEntrySchema()),
    carriers: z.array(carrierEntrySchema()),
    /** True when some frame found more than it could report. */
    capped: z.boolean(),
    /** The top frame's region for national numbers, for the checker. */
    pageRegion: z.optional(pattern(summaryPatterns.region)),
    /**
     * The top frame's address as its sender was known to the browser: the popup needs the site for
     * its on/off switch and cannot read tab URLs without a host permission.
     */
    pageUrl: z.optional(z.string()),
  }),
);

export type PageSummary = z.infer<ReturnType<typeof pageSummarySchema>>;
export type PhoneEntry = PageSummary['phones'][number];
export type CarrierEntry = PageSummary['carriers'][number];

export function phoneKey(phone: Pick<PhoneSummary, 'e164' | 'shortCode' | 'region'>): string {
  return phone.e164 ?? `${phone.region ?? '??'}:${phone.shortCode ?? ''}`;
}

/** The key a finding is listed and revealed by: a phone's summary key or a carrier id. */
export function findingKey(finding: Finding): string {
  return finding.kind === 'phone' ? phoneKey(finding) : finding.id;
}

/**
 * What one frame reports: each number and carrier once, in page order, with how often it appears,
 * up to `entriesPerFrame` of each. The findings are those of a parsed reply, held to the same
 * patterns as a summary, so the report needs no check of its own here.
 */
export function frameSummary(findings: Iterable<Finding>, pageRegion?: string): FrameSummary {
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
    } else if (finding.product !== 'unconfirmed') {
      // A product only claimed for a carrier does not put the carrier on the page.
      const seen = carriers.get(key);
      if (seen) seen.count++;
      else carriers.set(key, { id: finding.id, region: finding.region, count: 1 });
    }
  }
  const { entriesPerFrame } = summaryLimits;
  return {
    phones: [...phones.values()].slice(0, entriesPerFrame),
    carriers: [...carriers.values()].slice(0, entriesPerFrame),
    capped: phones.size > entriesPerFrame || carriers.size > entriesPerFrame,
    ...(pageRegion && { pageRegion }),
  };
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
  const top = frames.get(0);
  return {
    phones: [...phones.values()],
    carriers: [...carriers.values()],
    capped,
    ...(top?.url && { pageUrl: top.url }),
    ...(top?.pageRegion && { pageRegion: top.pageRegion }),
  };
}

/** The toolbar badge: how many distinct numbers the page shows. */
export function badgeText(summary: PageSummary | null): string {
  const count = summary?.phones.length ?? 0;
  if (count === 0) return '';
  return count > 99 ? '99+' : String(count);
}
