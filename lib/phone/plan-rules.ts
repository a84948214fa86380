/**
 * The parts of each region's numbering plan that the readings from the metadata
 * (international-number.ts, national-number.ts) weigh as libphonenumber-js's parser weighs them,
 * compiled once per region, and the regions that share each calling code.
 */
import { type CountryCode, getCountries, getCountryCallingCode, Metadata } from 'libphonenumber-js/max';
import { lineOf } from './line-type';

/** What the metadata holds beyond what libphonenumber-js's typings declare. */
interface CallingCodeRegions {
  getCountryCodesForCallingCode(callingCode: string): CountryCode[] | undefined;
}
interface PlanMetadata {
  IDDPrefix(): string;
  leadingDigits(): string | undefined;
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  possibleLengths(): number[] | undefined;
}

export interface PlanRules {
  region: CountryCode;
  callingCode: string;
  /** Where the region shares its calling code: the leading digits that tell its numbers. */
  leadingDigits: RegExp | null;
  internationalPrefix: RegExp;
  nationalNumber: RegExp;
  nationalPrefix: RegExp | null;
  /** The plan's possible lengths of a national number, shortest first. */
  lengths: readonly number[];
}

const compiled = new Map<CountryCode, PlanRules>();

/** `region`'s plan, compiled on first use. */
export function planRulesOf(region: CountryCode): PlanRules {
  const known = compiled.get(region);
  if (known !== undefined) return known;
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan as unknown as PlanMetadata;
  const leading = plan.leadingDigits();
  const prefix = plan.nationalPrefixForParsing();
  const rules: PlanRules = {
    region,
    callingCode: getCountryCallingCode(region),
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : null,
    internationalPrefix: new RegExp(`^(?:${plan.IDDPrefix()})`),
    nationalNumber: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
    lengths: plan.possibleLengths() ?? [],
  };
  compiled.set(region, rules);
  return rules;
}

let byCallingCode: Map<string, PlanRules[]> | undefined;

/** The regions of each calling code, in the metadata's order (the main region first). */
export function regionsByCallingCode(): Map<string, PlanRules[]> {
  if (byCallingCode !== undefined) return byCallingCode;
  const metadata = new Metadata() as unknown as CallingCodeRegions;
  byCallingCode = new Map();
  for (const code of new Set(getCountries().map((region) => getCountryCallingCode(region)))) {
    byCallingCode.set(code, (metadata.getCountryCodesForCallingCode(code) ?? []).map(planRulesOf));
  }
  return byCallingCode;
}

/** The region libphonenumber-js gives a national number among those sharing its calling code. */
export function regionOf(nationalNumber: string, regions: readonly PlanRules[]): PlanRules | undefined {
  if (regions.length === 1) return regions[0];
  return regions.find((rules) =>
    rules.leadingDigits !== null
      ? rules.leadingDigits.test(nationalNumber)
      : lineOf(nationalNumber, rules.region).type !== null,
  );
}
