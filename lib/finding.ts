/** What the finders report. Offsets are UTF-16 indices into the scanned text, end exclusive. */

export interface PhoneFinding {
  kind: 'phone';
  start: number;
  end: number;
  /** The text as written on the page, e.g. "＋８６ １３８ ００１３ ８０００". */
  text: string;
  /** "+8613800138000", or null for a short service code. */
  e164: string | null;
  /** ISO 3166-1 alpha-2 region the number belongs to, or null when unknown. */
  region: string | null;
  /** libphonenumber-js line type ("MOBILE", "FIXED_LINE", ...), "SHORT_CODE", or null when unknown. */
  type: string | null;
  /** The digits of a short service code such as "10086"; absent for full numbers. */
  shortCode?: string;
  /** Extension digits when the text carries one ("ext. 12", "转 8001"). */
  ext?: string;
}

export interface CarrierFinding {
  kind: 'carrier';
  start: number;
  end: number;
  text: string;
  /** Carrier id from lib/carriers/data, e.g. "china-mobile". */
  id: string;
  /** The carrier's region (ISO 3166-1 alpha-2) or "global". */
  region: string;
  /**
   * Set when the text names one of the carrier's products rather than the carrier: `confirmed`
   * when a source ties the product to it, `unconfirmed` when it is only claimed for it.
   */
  product?: 'confirmed' | 'unconfirmed';
}

export type Finding = PhoneFinding | CarrierFinding;
