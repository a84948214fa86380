/**
 * North American numbers keep their look abroad: "(415) 555-0134" and "1-213-373-4253" on a
 * Chinese forum are US numbers, though the parser, told the page is Chinese, reads the first as a
 * Chinese one and misses the second. Plain "800-820-8820" is left alone: China writes its own
 * 400/800 numbers that way.
 */
const NANP_GROUPING = /^(?:\(\d{3}\) ?\d{3}-\d{4}|1-\d{3}-\d{3}-\d{4})$/;

/** Whether a digit run is written the way only North American numbers are. */
export function hasNanpGrouping(run: string): boolean {
  return NANP_GROUPING.test(run);
}
