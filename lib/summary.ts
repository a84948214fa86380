import type { CarrierSummary, FrameFindings, PhoneSummary } from './messages';

/** One tab's findings: every frame's report merged, each number and carrier once, with counts. */

export interface PhoneEntry extends PhoneSummary {
  /** Identity across frames and the `reveal` key: the E.164 form, or region + short code. */
  key: string;
  /** The frame to ask when revealing it: the lowest frame id holding it, 0 being the top frame. */
  frameId: number;
}

export interface CarrierEntry extends CarrierSummary {
  frameId: number;
}

export interface PageSummary {
  phones: PhoneEntry[];
  carriers: CarrierEntry[];
  /** True when some frame found more than it could report. */
  capped: boolean;
  /**
   * The top frame's address as its sender was known to the browser: the popup needs the site for
   * its on/off switch and cannot read tab URLs without a host permission.
   */
  pageUrl?: string;
}

export function phoneKey(phone: Pick<PhoneSummary, 'e164' | 'shortCode' | 'region'>): string {
  return phone.e164 ?? `${phone.region ?? '??'}:${phone.shortCode ?? ''}`;
}

/** Merges frame reports keyed by frame id; the order is top frame first, then each frame's own order. */
export function mergeFrames(frames: ReadonlyMap<number, FrameFindings & { url?: string }>): PageSummary {
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
