/**
 * Extensions written with CJK words, which libphonenumber does not read (it knows "ext.", "x",
 * "#" and several European words): "02-2311-4567 轉 123", "010-6552 9988 转 8001", "內線 25", "051-123-4567 내선 204".
 */
const CJK_EXTENSION =
  /^[ \t]?[,，]?[ \t]?(?:转|轉|分机号|分機號|分机|分機|内线|內線|内線|내선|ext\.?)[ \t]?[:：]?[ \t]?(\d{1,6})(?!\d)/;

/** The extension written right after a number ending at `end` in the normalized `text`. */
export function extensionAfter(text: string, end: number): { digits: string; length: number } | null {
  const match = CJK_EXTENSION.exec(text.slice(end, end + 16));
  if (match?.[1] === undefined) return null;
  return { digits: match[1], length: match[0].length };
}
