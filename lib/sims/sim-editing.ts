import type { CountryCode } from 'libphonenumber-js';
import { carrierById, carriers } from '../carriers/catalog';
import { isSupportedRegion } from '../phone/supported-regions';
import { type CarrierChoice, searchCarriers } from './carrier-search';
import { type KeepRule, keepRuleFor } from './keep-rule';
import { readSimNumber, type SimNumberReading } from './sim-number';

/** What the SIM form looks up, bound to the bundled catalog, rules and parser (the options page only). */
export interface SimEditing {
  search(query: string): CarrierChoice[];
  carrier(id: string): CarrierChoice | null;
  keepRule(carrierId: string): KeepRule | null;
  /** Reads a typed number; a national number is read in the carrier's region, else in `fallback`. */
  readNumber(text: string, carrierId: string, fallback: CountryCode): SimNumberReading;
}

export const simEditing: SimEditing = {
  search: (query) => searchCarriers(query, carriers()),
  carrier: (id) => {
    const carrier = carrierById(id);
    return carrier ? { id: carrier.id, region: carrier.region, names: carrier.names } : null;
  },
  keepRule: (carrierId) => keepRuleFor(carrierId),
  readNumber: (text, carrierId, fallback) => {
    const region = carrierById(carrierId)?.region;
    return readSimNumber(text, region && isSupportedRegion(region) ? region : fallback);
  },
};
