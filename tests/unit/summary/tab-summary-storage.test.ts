import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FrameSummary } from '../../../lib/summary/page-summary';
import { createTabSummaryStore } from '../../../lib/summary/tab-summary-storage';

const report = (e164: string, count = 1): FrameSummary => ({
  phones: [{ e164, region: 'HK', type: 'MOBILE', count, sample: e164 }],
  carriers: [],
  capped: false,
});

describe('createTabSummaryStore', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('merges reports that frames send at the same time', async () => {
    const store = createTabSummaryStore();
    await Promise.all([
      store.putFrame(5, 0, report('+85251234567')),
      store.putFrame(5, 1, report('+85261234567')),
      store.putFrame(5, 2, report('+85251234567', 2)),
    ]);
    const summary = await store.get(5);
    expect(summary?.phones.map((p) => [p.key, p.count])).toEqual([
      ['+85251234567', 3],
      ['+85261234567', 1],
    ]);
  });

  it('replaces a frame report instead of adding to it', async () => {
    const store = createTabSummaryStore();
    await store.putFrame(5, 0, report('+85251234567', 4));
    const summary = await store.putFrame(5, 0, report('+85251234567', 1));
    expect(summary.phones[0]?.count).toBe(1);
  });

  it('survives a restart of the background (a new store over the same session storage)', async () => {
    await createTabSummaryStore().putFrame(8, 0, report('+85251234567'));
    expect((await createTabSummaryStore().get(8))?.phones).toHaveLength(1);
  });

  it("keeps the top frame's address for the popup, not a subframe's", async () => {
    const store = createTabSummaryStore();
    await store.putFrame(5, 1, report('+85261234567'), 'https://ads.example/frame.html');
    const summary = await store.putFrame(5, 0, report('+85251234567'), 'https://shop.example.hk/sim');
    expect(summary.pageUrl).toBe('https://shop.example.hk/sim');
    expect((await store.get(5))?.pageUrl).toBe('https://shop.example.hk/sim');
  });

  it('returns null for an unknown or cleared tab', async () => {
    const store = createTabSummaryStore();
    await store.putFrame(5, 0, report('+85251234567'));
    await store.clear(5);
    expect(await store.get(5)).toBeNull();
    expect(await store.get(6)).toBeNull();
  });

  it('reads a corrupt record as empty rather than failing', async () => {
    await fakeBrowser.storage.session.set({ 'tab-3': { '0': { phones: 'lots' }, __proto__: null } });
    expect(await createTabSummaryStore().get(3)).toEqual({ phones: [], carriers: [], capped: false });
  });
});
