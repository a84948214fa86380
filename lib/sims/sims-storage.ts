import { storage } from '#imports';
import { type ParsedSims, parseSims, type Sim } from './sim';

/**
 * The reader's SIMs in local storage, a versioned WXT item. Reads parse entry by entry (lib/sims/sim),
 * so a corrupt entry is left out while it stays stored untouched until the reader next saves the list.
 * Only the options page writes; nothing leaves the browser.
 */
const simsItem = storage.defineItem<unknown>('local:sims', { fallback: [], version: 1 });

export async function getSims(): Promise<ParsedSims> {
  return parseSims(await simsItem.getValue());
}

export async function setSims(sims: readonly Sim[]): Promise<void> {
  await simsItem.setValue([...sims]);
}

/** Calls back with the parsed list after each write. */
export function watchSims(callback: (parsed: ParsedSims) => void): () => void {
  return simsItem.watch((raw) => callback(parseSims(raw)));
}
