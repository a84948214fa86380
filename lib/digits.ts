/**
 * The blocks of ten digits pages write phone numbers in, by their zero: ASCII, full-width "０",
 * Arabic-Indic "٠", Extended Arabic-Indic "۰" (Persian, Urdu), Devanagari "०" and Thai "๐".
 */
const digitBlockZeros = [0x30, 0xff10, 0x0660, 0x06f0, 0x0966, 0x0e50] as const;

/** A digit's value 0–9 in any of those blocks, or -1 for any other UTF-16 code unit. */
export function digitValue(code: number): number {
  if (code < 0x80) return code >= 0x30 && code <= 0x39 ? code - 0x30 : -1;
  for (const zero of digitBlockZeros) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}
