import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ParsedSims, Sim } from '@/lib/sims/sim';
import { getSims, setSims, watchSims } from '@/lib/sims/sims-storage';

const sim: Sim = {
  id: 'sim-a',
  carrierId: 'csl',
  number: '+85251234567',
  label: 'csl',
  kind: 'prepaid',
  lastActive: '2026-11-01',
  keepDays: 180,
};

describe('the stored SIMs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads nothing stored as no SIMs', async () => {
    expect(await getSims()).toEqual({ sims: [], unreadable: 0 });
  });

  it('writes the list under its key and reads it back', async () => {
    await setSims([sim]);
    expect((await fakeBrowser.storage.local.get('sims')).sims).toEqual([sim]);
    expect(await getSims()).toEqual({ sims: [sim], unreadable: 0 });
  });

  it('leaves a corrupt entry out when reading, without touching what is stored', async () => {
    const stored = [{ ...sim, id: 'bad', kind: 42 }, sim];
    await fakeBrowser.storage.local.set({ sims: stored, sims$: { v: 1 } });
    expect(await getSims()).toEqual({ sims: [sim], unreadable: 1 });
    expect((await fakeBrowser.storage.local.get('sims')).sims).toEqual(stored);
  });

  it('tells watchers about changes, parsed', async () => {
    const seen: ParsedSims[] = [];
    const unwatch = watchSims((parsed) => seen.push(parsed));
    await setSims([sim]);
    unwatch();
    expect(seen).toEqual([{ sims: [sim], unreadable: 0 }]);
  });
});
