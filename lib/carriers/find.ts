import { createCarrierMatcher } from './match';
import names from './names.generated.json';
import type { CarrierNames } from './schema';

/**
 * Carrier names in `text`, matched against the bundled catalog's names (compiled once, on first
 * import). The names file is generated from the schema-checked catalog; a unit test keeps it current.
 */
export const findCarriers = createCarrierMatcher(names as readonly CarrierNames[]);
