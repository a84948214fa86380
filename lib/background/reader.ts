import { carrierById } from '../carriers/catalog';
import type { Settings } from '../settings/settings';
import { getSettings } from '../settings/settings-storage';
import { keepRuleFor } from '../sims/keep-rule';
import type { Sim } from '../sims/sim';
import { simNumberFacts } from '../sims/sim-number';
import type { SimLookups } from '../sims/sim-status';
import { getSims } from '../sims/sims-storage';

/** The reader's SIMs and settings as stored now: one read of each. */
export async function readReader(): Promise<{ sims: Sim[]; settings: Settings }> {
  const [{ sims }, { settings }] = await Promise.all([getSims(), getSettings()]);
  return { sims, settings };
}

/** What the background looks up for a SIM: the catalog, the sourced keep-number rules, the parser. */
export const simLookups: SimLookups = {
  carrier: carrierById,
  keepRule: (carrierId) => keepRuleFor(carrierId),
  number: simNumberFacts,
};
