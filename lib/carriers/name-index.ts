import type { Carrier, CarrierNames } from './schema';

/**
 * The part of the catalog the content script needs to find carrier names. Shipping this instead
 * of the whole catalog keeps the notes (most of the data) and the schema parse off every page: the
 * hover card asks the background for the full entry.
 */
export function nameIndexOf(carriers: readonly Carrier[]): CarrierNames[] {
  return carriers.map(({ id, region, names, aliases, ambiguous, sharedNames, lookalikes }) => ({
    id,
    region,
    names,
    aliases,
    ambiguous,
    ...(sharedNames && { sharedNames }),
    ...(lookalikes && { lookalikes }),
  }));
}
