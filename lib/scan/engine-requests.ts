import * as z from 'zod/mini';
import type { PhoneFinding } from '@/lib/findings';
import { classifySender, type ExtensionIdentity, type MessageSenderInfo } from '@/lib/messages';
import { isSupportedRegion } from '@/lib/settings/regions';

/**
 * content script → background: the requests that need the number parser. libphonenumber-js with
 * its full metadata lives in the background only, so no page pays to load it: the content script
 * sends just the blocks its pre-filter picked, and asks for a number's facts when a card opens.
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

export type FindPhonesMessage = z.infer<typeof findPhonesMessageSchema>;
export type DescribePhoneMessage = z.infer<typeof describePhoneMessageSchema>;

export interface FindPhonesResponse {
  /** One list per text, in the order sent. */
  phones: PhoneFinding[][];
}

export interface DescribePhoneResponse<Description> {
  description: Description | null;
  originalCarrier: string | null;
}

/** What the background binds: the parser-backed functions. */
export interface PhoneEngine<Description> {
  findPhones(text: string, region: string): PhoneFinding[];
  describe(e164: string, homeRegion: string, locale: string): Description | null;
  originalCarrier(e164: string, locale: string): Promise<string | null> | string | null;
}

const engineRequestSchema = z.discriminatedUnion('type', [
  findPhonesMessageSchema,
  describePhoneMessageSchema,
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
): Promise<FindPhonesResponse | DescribePhoneResponse<Description> | undefined> {
  const parsed = engineRequestSchema.safeParse(message);
  if (!parsed.success || classifySender(sender, self) !== 'content-script') return undefined;
  const request = parsed.data;
  if (request.type === 'findPhones') {
    return { phones: request.texts.map((text) => engine.findPhones(text, request.region)) };
  }
  return {
    description: engine.describe(request.e164, request.homeRegion, request.locale),
    originalCarrier: await engine.originalCarrier(request.e164, request.locale),
  };
}
