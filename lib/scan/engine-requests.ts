import * as z from 'zod/mini';
import type { Carrier } from '@/lib/carriers/schema';
import type { PhoneFinding } from '@/lib/findings';
import { classifySender, type ExtensionIdentity, type MessageSenderInfo } from '@/lib/messages';
import { isSupportedRegion } from '@/lib/phone/regions';

/**
 * content script → background: the requests that need the number parser or the carrier notes.
 * libphonenumber-js with its full metadata and the carrier catalog live in the background only, so
 * no page pays to load them: the content script sends just the blocks its pre-filter picked, and
 * asks for a number's facts or a carrier's entry when a card opens.
 * Measured in Chromium 156 on a 2-core machine: importing the parser into a page cost 25–57 ms
 * plus a 10–54 ms first call on the page's main thread; a warm round trip to the worker was 5–30 ms
 * and blocked nothing.
 */

export const phoneRequestLimits = { texts: 500, totalLength: 100_000 } as const;

const regionSchema = z.string().check(z.refine(isSupportedRegion));

/** Read the numbers and short codes in these block texts. */
export const findPhonesMessageSchema = z.object({
  type: z.literal('findPhones'),
  /** Region for numbers written in national form on this page. */
  region: regionSchema,
  texts: z.array(z.string()).check(
    z.maxLength(phoneRequestLimits.texts),
    z.refine((texts) => texts.reduce((sum, text) => sum + text.length, 0) <= phoneRequestLimits.totalLength),
  ),
});

/** Describe one number for the hover card. */
export const describePhoneMessageSchema = z.object({
  type: z.literal('describePhone'),
  e164: z.string().check(z.regex(/^\+[1-9]\d{1,14}$/)),
  homeRegion: regionSchema,
  locale: z.string().check(z.maxLength(35)),
});

/** A carrier's full entry (names, kind, notes) for the hover card. */
export const describeCarrierMessageSchema = z.object({
  type: z.literal('describeCarrier'),
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
});

export type FindPhonesMessage = z.infer<typeof findPhonesMessageSchema>;
export type DescribePhoneMessage = z.infer<typeof describePhoneMessageSchema>;
export type DescribeCarrierMessage = z.infer<typeof describeCarrierMessageSchema>;

export interface FindPhonesResponse {
  /** One list per text, in the order sent. */
  phones: PhoneFinding[][];
}

export interface DescribePhoneResponse<Description> {
  description: Description | null;
  originalCarrier: string | null;
}

export interface DescribeCarrierResponse {
  carrier: Carrier | null;
}

/** What the background binds: the parser-backed functions and the catalog. */
export interface PhoneEngine<Description> {
  findPhones(text: string, region: string): PhoneFinding[];
  describe(e164: string, homeRegion: string, locale: string): Description | null;
  originalCarrier(e164: string, locale: string): Promise<string | null> | string | null;
  carrier(id: string): Carrier | undefined;
}

const engineRequestSchema = z.discriminatedUnion('type', [
  findPhonesMessageSchema,
  describePhoneMessageSchema,
  describeCarrierMessageSchema,
]);

/**
 * The background's handler for parser requests. Undefined for anything else and for senders other
 * than our content scripts, so it can sit beside the other handlers.
 */
export async function answerEngineRequest<Description>(
  message: unknown,
  sender: MessageSenderInfo,
  self: ExtensionIdentity,
  engine: PhoneEngine<Description>,
): Promise<FindPhonesResponse | DescribePhoneResponse<Description> | DescribeCarrierResponse | undefined> {
  const parsed = engineRequestSchema.safeParse(message);
  if (!parsed.success || classifySender(sender, self) !== 'content-script') return undefined;
  const request = parsed.data;
  if (request.type === 'findPhones') {
    return { phones: request.texts.map((text) => engine.findPhones(text, request.region)) };
  }
  if (request.type === 'describeCarrier') return { carrier: engine.carrier(request.id) ?? null };
  return {
    description: engine.describe(request.e164, request.homeRegion, request.locale),
    originalCarrier: await engine.originalCarrier(request.e164, request.locale),
  };
}
