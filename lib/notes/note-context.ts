import type { Carrier } from '../carriers/schema';
import type { PhoneEntry } from '../summary/page-summary';
import type { NoteContext } from './general';

/** Which general notes fit a page, from what it shows and where the reader is from. */
export function noteContextOf(
  phones: readonly PhoneEntry[],
  carriers: readonly Pick<Carrier, 'kind'>[],
  homeRegion: string,
): NoteContext {
  return {
    homeRegion,
    hasPhones: phones.length > 0,
    hasShortCodes: phones.some((phone) => phone.shortCode !== undefined),
    hasFixedLines: phones.some((phone) => phone.type === 'FIXED_LINE'),
    hasForeignNumbers: phones.some((phone) => phone.region !== null && phone.region !== homeRegion),
    hasEsimSellers: carriers.some((carrier) => carrier.kind === 'esim-seller'),
    hasCarriers: carriers.length > 0,
  };
}
