import { browser } from '#imports';
import type { Carrier } from '@/lib/carriers/schema';
import type { PhoneFinding } from '@/lib/findings';
import type {
  DescribeCarrierMessage,
  DescribeCarrierResponse,
  DescribePhoneMessage,
  DescribePhoneResponse,
  FindPhonesMessage,
  FindPhonesResponse,
} from '@/lib/messages';
import type { NumberDescription } from '@/lib/phone/describe';

/** The number parser, in the background: this frame only sends the texts its pre-filter picked. */
export async function phonesFromBackground(texts: string[], region: string): Promise<PhoneFinding[][]> {
  const message: FindPhonesMessage = { type: 'findPhones', region, texts };
  const response = (await browser.runtime.sendMessage(message)) as FindPhonesResponse | undefined;
  if (!Array.isArray(response?.phones) || response.phones.length !== texts.length) return texts.map(() => []);
  return response.phones;
}

/** A number's facts for the card; nulls when the background cannot say. */
export async function describeFromBackground(
  e164: string,
  homeRegion: string,
  locale: string,
): Promise<DescribePhoneResponse<NumberDescription>> {
  const message: DescribePhoneMessage = { type: 'describePhone', e164, homeRegion, locale };
  try {
    const response = (await browser.runtime.sendMessage(message)) as
      | DescribePhoneResponse<NumberDescription>
      | undefined;
    return { description: response?.description ?? null, originalCarrier: response?.originalCarrier ?? null };
  } catch {
    return { description: null, originalCarrier: null };
  }
}

/** A carrier's full entry for the card; null when the background cannot say. */
export async function carrierFromBackground(id: string): Promise<Carrier | null> {
  const message: DescribeCarrierMessage = { type: 'describeCarrier', id };
  try {
    const response = (await browser.runtime.sendMessage(message)) as DescribeCarrierResponse | undefined;
    return response?.carrier ?? null;
  } catch {
    return null;
  }
}
