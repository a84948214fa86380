/** Stretches of text found so far, and the question a finder asks of them in document order. */

export interface Span {
  start: number;
  end: number;
}

/**
 * Whether `start`–`end` overlaps one of `spans`, for questions asked in document order (each
 * `start` at or after the last one). `spans` are in document order and do not overlap each other,
 * so their ends rise too and each span is passed over once: a page's findings cost one walk, not
 * one search per candidate.
 */
export function overlapsAnyOf(spans: readonly Span[]): (start: number, end: number) => boolean {
  let next = 0;
  return (start, end) => {
    while (next < spans.length && (spans[next]?.end ?? 0) <= start) next++;
    const span = spans[next];
    return span !== undefined && span.start < end;
  };
}

/** Whether a candidate at `start`–`end` lies in what is already found; asked in document order. */
export type IsTaken = (start: number, end: number) => boolean;

/** Nothing found yet. */
export const nothingTaken: IsTaken = () => false;
