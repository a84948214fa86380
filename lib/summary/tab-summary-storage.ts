import * as z from 'zod/mini';
import { storage } from '#imports';
import { once } from '../once';
import { type FrameSummary, frameSummarySchema, mergeFrames, type PageSummary } from './page-summary';

/**
 * Per-tab findings in session storage, so a service-worker restart loses nothing and closing the
 * browser forgets everything. Each tab is one record of frame reports keyed by frame id. The
 * background writes it; the popup watches it to follow a page that is still changing.
 */

/** A frame's report as stored: what it sent, plus the frame's URL from the message's sender. */
const tabRecordSchema = once(() =>
  z.record(
    z.string().check(z.regex(/^\d{1,10}$/)),
    z.extend(frameSummarySchema(), { url: z.optional(z.string()) }),
  ),
);

type StoredFrame = FrameSummary & { url?: string };

const keyOf = (tabId: number) => `session:tab-${tabId}` as const;

function framesOf(raw: unknown): Map<number, StoredFrame> {
  const parsed = tabRecordSchema().safeParse(raw);
  if (!parsed.success) return new Map();
  return new Map(Object.entries(parsed.data).map(([frameId, findings]) => [Number(frameId), findings]));
}

export interface TabSummaryStore {
  /** `frameUrl` is the sender's URL as the browser gave it, never a value from the message. */
  putFrame(tabId: number, frameId: number, findings: FrameSummary, frameUrl?: string): Promise<PageSummary>;
  /** null when no content script has reported for the tab since it last navigated. */
  get(tabId: number): Promise<PageSummary | null>;
  clear(tabId: number): Promise<void>;
}

export function createTabSummaryStore(): TabSummaryStore {
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

/** Calls back whenever a frame of the tab reports again; returns the function that stops watching. */
export function watchTabSummary(tabId: number, changed: () => void): () => void {
  return storage.watch(keyOf(tabId), changed);
}
