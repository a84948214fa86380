import type { Carrier } from '@/lib/carriers/schema';
import type { Finding } from '@/lib/findings';
import {
  classifySender,
  type DescribeCarrierResponse,
  type DescribePhoneResponse,
  type ExtensionIdentity,
  engineRequestSchema,
  type FindInTextsResponse,
  type MessageSenderInfo,
} from '@/lib/messages';

/** What the background binds: the finders, the parser-backed functions and the catalog. */
export interface Engine<Description> {
  findingsIn(text: string, region: string): Finding[];
  describe(e164: string, homeRegion: string, locale: string): Description | null;
  originalCarrier(e164: string, locale: string): Promise<string | null> | string | null;
  carrier(id: string): Carrier | undefined;
}

/**
 * The background's handler for the content scripts' requests. Undefined for anything else and for
 * senders other than our content scripts, so it can sit beside the other handlers.
 */
export async function answerEngineRequest<Description>(
  message: unknown,
  sender: MessageSenderInfo,
  self: ExtensionIdentity,
  engine: Engine<Description>,
): Promise<FindInTextsResponse | DescribePhoneResponse<Description> | DescribeCarrierResponse | undefined> {
  const parsed = engineRequestSchema.safeParse(message);
  if (!parsed.success || classifySender(sender, self) !== 'content-script') return undefined;
  const request = parsed.data;
  if (request.type === 'findInTexts') {
    return { findings: request.texts.map((text) => engine.findingsIn(text, request.region)) };
  }
  if (request.type === 'describeCarrier') return { carrier: engine.carrier(request.id) ?? null };
  return {
    description: engine.describe(request.e164, request.homeRegion, request.locale),
    originalCarrier: await engine.originalCarrier(request.e164, request.locale),
  };
}
