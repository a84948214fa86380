import type { Carrier } from '@/lib/carriers/schema';
import type { PhoneFinding } from '@/lib/findings';
import {
  classifySender,
  type DescribeCarrierResponse,
  type DescribePhoneResponse,
  type ExtensionIdentity,
  engineRequestSchema,
  type FindPhonesResponse,
  type MessageSenderInfo,
} from '@/lib/messages';

/** What the background binds: the parser-backed functions and the catalog. */
export interface PhoneEngine<Description> {
  findPhones(text: string, region: string): PhoneFinding[];
  describe(e164: string, homeRegion: string, locale: string): Description | null;
  originalCarrier(e164: string, locale: string): Promise<string | null> | string | null;
  carrier(id: string): Carrier | undefined;
}

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
