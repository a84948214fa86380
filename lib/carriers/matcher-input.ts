import type { Carrier, CarrierNames } from './schema';

/**
 * The part of the catalog the name matcher needs. It is compiled ahead of time into
 * names.generated.json (scripts/build-carrier-names.ts), so the background worker reads back a
 * ready prefix tree when it starts instead of building one from the catalog.
 */
export function nameIndexOf(carriers: readonly Carrier[]): CarrierNames[] {
  return carriers.map(
    ({ id, region, names, aliases, ambiguous, sharedNames, lookalikes, shortForms, products }) => ({
      id,
      region,
      names,
      aliases,
      ambiguous,
      ...(sharedNames && { sharedNames }),
      ...(lookalikes && { lookalikes }),
      ...(shortForms && { shortForms }),
      ...(products && { products }),
    }),
  );
}
