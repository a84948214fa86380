import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Language } from '../i18n';
import { originalCarrier, originalRange } from '../phone/original-carrier';
import type { Carrier } from './schema';

/** The carrier a number's range was first given to, named as readers know it. */
export interface OriginalCarrier {
  name: string;
  /** The knowledge base's entry for it, when the range's name is one of an entry's `rangeNames`. */
  carrierId: string | null;
}

const nameField = { en: 'en', 'zh-Hans': 'zhHans', 'zh-Hant': 'zhHant' } as const;

/** Catalog entries by the region and range name they claim ("HK China Mobile" → China Mobile Hong Kong). */
export function rangeOwners(carriers: readonly Carrier[]): ReadonlyMap<string, Carrier> {
  const owners = new Map<string, Carrier>();
  for (const carrier of carriers) {
    for (const name of carrier.rangeNames ?? []) owners.set(`${carrier.region} ${name}`, carrier);
  }
  return owners;
}

/**
 * "+85251234567" → China Mobile Hong Kong (中国移动香港), not the group name the range data uses, which
 * a reader takes for mainland China Mobile. Ranges no entry claims keep the data's own name.
 */
export function originalCarrierEntry(
  e164: string,
  language: Language,
  owners: ReadonlyMap<string, Carrier>,
): OriginalCarrier | null {
  const range = originalRange(e164);
  if (!range) return null;
  const region = parsePhoneNumberFromString(e164)?.country;
  const owner = region && range.en ? owners.get(`${region} ${range.en}`) : undefined;
  if (owner) return { name: owner.names[nameField[language]], carrierId: owner.id };
  const name = originalCarrier(e164, language);
  return name ? { name, carrierId: null } : null;
}
