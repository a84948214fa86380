import * as z from 'zod/mini';
import type { Carrier } from './carriers/schema';
import type { Finding } from './findings';
import { isSupportedRegion } from './phone/regions';
import type { PageSummary } from './summary';

/**
 * Every message the extension sends, declared once and named by direction. Payloads are zod/mini
 * schemas: the content script bundles this file, and zod/mini is about a fourteenth of full zod there.
 * Settings never travel as messages: the popup and options page write storage themselves, so no
 * content script has a channel to change them.
 */

export const limits = {
  /** Distinct numbers and carriers one frame reports; the rest is summarized by `capped`. */
  entriesPerFrame: 200,
  sampleLength: 80,
} as const;

const e164Schema = z.string().check(z.regex(/^\+[1-9]\d{1,14}$/));
const regionSchema = z.string().check(z.regex(/^[A-Z]{2}$/));
const countSchema = z.int().check(z.gte(1), z.lte(1_000_000));

export const phoneSummarySchema = z.object({
  e164: z.nullable(e164Schema),
  /** Digits of a short service code ("10086", "*611"), present when e164 is null. */
  shortCode: z.optional(z.string().check(z.regex(/^[0-9*#]{2,12}$/))),
  region: z.nullable(regionSchema),
  type: z.nullable(z.string().check(z.regex(/^[A-Z_]{1,32}$/))),
  count: countSchema,
  /** The first occurrence as written, so the popup can show what the page says. */
  sample: z.string().check(z.maxLength(limits.sampleLength)),
});

export const carrierSummarySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(64)),
  region: z.string().check(z.regex(/^([A-Z]{2}|global)$/)),
  count: countSchema,
});

/** content script → background: everything one frame has found so far (a full replacement, not a delta). */
export const findingsMessageSchema = z.object({
  type: z.literal('findings'),
  phones: z.array(phoneSummarySchema).check(z.maxLength(limits.entriesPerFrame)),
  carriers: z.array(carrierSummarySchema).check(z.maxLength(limits.entriesPerFrame)),
  /** True when the frame found more than it reports. */
  capped: z.boolean(),
});

/** popup → background: the merged summary of one tab. */
export const getTabSummaryMessageSchema = z.object({
  type: z.literal('getTabSummary'),
  tabId: z.int().check(z.gte(0)),
});

/** popup → content script (one frame): scroll to the first occurrence and flash it. */
export const revealMessageSchema = z.object({
  type: z.literal('reveal'),
  kind: z.enum(['phone', 'carrier']),
  /** A phone's summary key (see phoneKey) or a carrier id. */
  key: z.string().check(z.minLength(1), z.maxLength(64)),
});

export type PhoneSummary = z.infer<typeof phoneSummarySchema>;
export type CarrierSummary = z.infer<typeof carrierSummarySchema>;
export type FindingsMessage = z.infer<typeof findingsMessageSchema>;
export type FrameFindings = Omit<FindingsMessage, 'type'>;
export type GetTabSummaryMessage = z.infer<typeof getTabSummaryMessageSchema>;
export type RevealMessage = z.infer<typeof revealMessageSchema>;

export interface TabSummaryResponse {
  /** null when no content script has reported for the tab since it last navigated. */
  summary: PageSummary | null;
}

export interface RevealResponse {
  found: boolean;
}

/*
 * content script → background: the requests that need the finders, the number parser or the
 * carrier notes. libphonenumber-js with its full metadata, the carrier names and the catalog live
 * in the background only, so no page pays to load them: the content script walks the page's text
 * and sends its blocks, and asks for a number's facts or a carrier's entry when a card opens.
 * Measured in Chromium 156 on a 2-core machine: importing the parser into a page cost 25–57 ms plus
 * a 10–54 ms first call on the page's main thread, and the carrier names another 25 ms before the
 * first match; a warm round trip to the worker was 5–30 ms and blocked nothing.
 */

export const textRequestLimits = { texts: 500, totalLength: 100_000 } as const;

const supportedRegionSchema = z.string().check(z.refine(isSupportedRegion));

/** Find the numbers, short codes and carrier names in these block texts. */
export const findInTextsMessageSchema = z.object({
  type: z.literal('findInTexts'),
  /** Region for numbers written in national form on this page. */
  region: supportedRegionSchema,
  texts: z.array(z.string()).check(
    z.maxLength(textRequestLimits.texts),
    z.refine((texts) => texts.reduce((sum, text) => sum + text.length, 0) <= textRequestLimits.totalLength),
  ),
});

/** Describe one number for the hover card. */
export const describePhoneMessageSchema = z.object({
  type: z.literal('describePhone'),
  e164: z.string().check(z.regex(/^\+[1-9]\d{1,14}$/)),
  homeRegion: supportedRegionSchema,
  locale: z.string().check(z.maxLength(35)),
});

/** A carrier's full entry (names, kind, notes) for the hover card. */
export const describeCarrierMessageSchema = z.object({
  type: z.literal('describeCarrier'),
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
});

export type FindInTextsMessage = z.infer<typeof findInTextsMessageSchema>;
export type DescribePhoneMessage = z.infer<typeof describePhoneMessageSchema>;
export type DescribeCarrierMessage = z.infer<typeof describeCarrierMessageSchema>;

export interface FindInTextsResponse {
  /** One list per text, in the order sent, each in reading order. */
  findings: Finding[][];
}

export interface DescribePhoneResponse<Description> {
  description: Description | null;
  originalCarrier: string | null;
}

export interface DescribeCarrierResponse {
  carrier: Carrier | null;
}

/** Every request the background answers with the finders, the parser or the catalog. */
export const engineRequestSchema = z.discriminatedUnion('type', [
  findInTextsMessageSchema,
  describePhoneMessageSchema,
  describeCarrierMessageSchema,
]);

const backgroundInboundSchema = z.discriminatedUnion('type', [
  findingsMessageSchema,
  getTabSummaryMessageSchema,
]);

/** The parts of runtime.MessageSender the handlers look at. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ExtensionIdentity {
  id: string;
  /** "chrome-extension://<id>/" */
  origin: string;
}

/**
 * Who sent a message. The browser fills sender.id and sender.url, so a page cannot forge them; a frame
 * whose URL is one of our own pages is an extension page even when it sits in a tab.
 */
export type SenderKind = 'content-script' | 'extension-page' | 'unknown';

export function classifySender(sender: MessageSenderInfo, self: ExtensionIdentity): SenderKind {
  if (sender.id !== self.id) return 'unknown';
  if (sender.url?.startsWith(self.origin)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.tab.id >= 0 && typeof sender.frameId === 'number') {
    return 'content-script';
  }
  return 'unknown';
}

export interface TabSummaryStore {
  /** `frameUrl` is the sender's URL as the browser gave it, never a value from the message. */
  putFrame(tabId: number, frameId: number, findings: FrameFindings, frameUrl?: string): Promise<PageSummary>;
  get(tabId: number): Promise<PageSummary | null>;
}

export interface BackgroundHandlerContext {
  self: ExtensionIdentity;
  summaries: TabSummaryStore;
  onSummaryChanged(tabId: number, summary: PageSummary): void | Promise<void>;
}

/**
 * The background's one message handler. Returns the response to send, or undefined for messages it
 * drops: malformed payloads, unknown types and senders not allowed to send that type.
 */
export async function handleBackgroundMessage(
  message: unknown,
  sender: MessageSenderInfo,
  context: BackgroundHandlerContext,
): Promise<TabSummaryResponse | undefined> {
  const parsed = backgroundInboundSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const kind = classifySender(sender, context.self);
  const data = parsed.data;
  if (data.type === 'findings') {
    const tabId = sender.tab?.id;
    if (kind !== 'content-script' || tabId === undefined || sender.frameId === undefined) return undefined;
    const { type: _type, ...findings } = data;
    const summary = await context.summaries.putFrame(tabId, sender.frameId, findings, sender.url);
    await context.onSummaryChanged(tabId, summary);
    return undefined;
  }
  if (kind !== 'extension-page') return undefined;
  return { summary: await context.summaries.get(data.tabId) };
}

/**
 * The content script's handler for `reveal`. Only our own extension pages may ask; a frame that does
 * not hold the finding returns undefined so it stays silent and another frame can answer.
 */
export function handleContentMessage(
  message: unknown,
  sender: MessageSenderInfo,
  context: { self: ExtensionIdentity; reveal(kind: RevealMessage['kind'], key: string): boolean },
): RevealResponse | undefined {
  const parsed = revealMessageSchema.safeParse(message);
  if (!parsed.success || classifySender(sender, context.self) !== 'extension-page') return undefined;
  return context.reveal(parsed.data.kind, parsed.data.key) ? { found: true } : undefined;
}
