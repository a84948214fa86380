/**
 * Rewrites how people write "international" without a plus into the plus form, keeping the length
 * so offsets stay valid. libphonenumber only reads the exit code of the default region ("00" in
 * China, "011" in the US), but pages quote the exit code of wherever the writer lives:
 * "00852 2880 2688" on a US page, "0011 61 2 9374 4000" from Australia, "(852) 2880 2688" in Hong Kong.
 */

// Exit codes seen in the wild: 00 (most of the world), 011 (US/CA), 0011 (AU), 001/002/005/006/007/009
// (HK, TW, KR, TH carriers), 010 (JP). Tried in this order; the parser decides which reading is valid.
const EXIT_CODES = ['00', '011', '0011', '001', '002', '005', '006', '007', '009', '010'] as const;

// "(852) 2880 2688", "(86)13800138000": a calling code in brackets at the start of the run.
const BRACKETED_CALLING_CODE = /^\((\d{1,3})\)/;

/** Whether the run at `start` in `text` starts like an exit code or a bracketed calling code. */
export function plusReadingPossible(text: string, start: number): boolean {
  return text.startsWith('(', start) || text.startsWith('00', start) || text.startsWith('01', start);
}

/**
 * The plus readings of a digit run that starts with an exit code or a bracketed calling code,
 * each the same length as `run`: "00852 2880 2688" → " +852 2880 2688".
 */
export function plusReadings(run: string): string[] {
  const readings: string[] = [];
  const bracketed = BRACKETED_CALLING_CODE.exec(run);
  if (bracketed?.[1] !== undefined) {
    readings.push(`+${bracketed[1]} ${run.slice(bracketed[0].length)}`);
  }
  for (const exitCode of EXIT_CODES) {
    if (run.startsWith(exitCode) && run.length > exitCode.length) {
      readings.push(`${' '.repeat(exitCode.length - 1)}+${run.slice(exitCode.length)}`);
    }
  }
  return readings;
}
