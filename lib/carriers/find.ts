import { carriers } from './catalog';
import { createCarrierMatcher } from './match';

/** Carrier names in `text`, matched against the bundled catalog (compiled once, on first import). */
export const findCarriers = createCarrierMatcher(carriers);
