import * as z from 'zod/mini';
import { storage } from '#imports';
import { type FrameFindings, findingsMessageSchema, type TabSummaryStore } from '../messages';
import { mergeFrames, type PageSummary } from '../summary';

/**
 * Per-tab findings in session storage, so a service-worker restart loses nothing and closing the
 * browser forgets everything. Each tab is one record of frame reports keyed by frame id.
 */

/** A frame's report as stored: what it sent, plus the frame's URL from the message's sender. */
const storedFrameSchema = z.extend(z.omit(findingsMessageSchema, { type: true }), {
  url: z.optional(z.string()),
});
const tabRecordSchema = z.record(z.string().check(z.regex(/^\d{1,10}$/)), storedFrameSchema);

const keyOf = (tabId: number) => `session:tab-${tabId}` as const;

type StoredFrame = FrameFindings & { url?: string };

function framesOf(raw: unknown): Map<number, StoredFrame> {
  const parsed = tabRecordSchema.safeParse(raw);
  if (!parsed.success) return new Map();
  return new Map(Object.entries(parsed.data).map(([frameId, findings]) => [Number(frameId), findings]));
}

export function createTabSummaryStore(): TabSummaryStore & { clear(tabId: number): Promise<void> } {
  // Frames of one tab report at the same time; chaining per tab keeps their read-modify-writes apart.
  const pending = new Map<number, Promise<unknown>>();
  const serialized = <T>(tabId: number, task: () => Promise<T>): Promise<T> => {
    const run = (pending.get(tabId) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    pending.set(tabId, settled);
    void settled.then(() => {
      if (pending.get(tabId) === settled) pending.delete(tabId);
    });
    return run;
  };

  return {
    putFrame: (tabId, frameId, findings, frameUrl) =>
      serialized(tabId, async (): Promise<PageSummary> => {
        const frames = framesOf(await storage.getItem(keyOf(tabId)));
        frames.set(frameId, frameUrl === undefined ? findings : { ...findings, url: frameUrl });
        await storage.setItem(keyOf(tabId), Object.fromEntries(frames));
        return mergeFrames(frames);
      }),
    get: async (tabId) => {
      const raw = await storage.getItem(keyOf(tabId));
      return raw == null ? null : mergeFrames(framesOf(raw));
    },
    clear: (tabId) => serialized(tabId, () => storage.removeItem(keyOf(tabId))),
  };
}
