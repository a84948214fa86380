import { browser } from '#imports';
import type { Carrier } from '@/lib/carriers/schema';
import type { Finding } from '@/lib/findings';
import type {
  DescribeCarrierMessage,
  DescribeCarrierResponse,
  DescribePhoneMessage,
  DescribePhoneResponse,
  FindInTextsMessage,
  FindInTextsResponse,
} from '@/lib/messages';
import type { NumberDescription } from '@/lib/phone/describe';

/**
 * The finders, in the background: one list of findings per text. A reply of the wrong shape counts
 * as nothing found; each finding is checked against its text again before it becomes a mark.
 */
export async function findingsFromBackground(texts: string[], region: string): Promise<Finding[][]> {
  const message: FindInTextsMessage = { type: 'findInTexts', region, texts };
  const response = (await browser.runtime.sendMessage(message)) as FindInTextsResponse | undefined;
  const findings = response?.findings;
  if (!Array.isArray(findings) || findings.length !== texts.length) return texts.map(() => []);
  return findings.map((list) => (Array.isArray(list) ? list : []));
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
