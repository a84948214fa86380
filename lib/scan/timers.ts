/** One-shot timers as the caller provides them: the content script's context, or fake ones in tests. */
export interface Timers {
  set(run: () => void, ms: number): number;
  clear(id: number): void;
}
