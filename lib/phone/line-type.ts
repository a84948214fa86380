/**
 * A parsed number's line type and validity from libphonenumber-js's metadata, with each region's
 * patterns compiled once. libphonenumber-js answers the same questions (PhoneNumber getType() and
 * isValid()) by compiling every pattern it tries anew on every call — on a directory page of
 * thousands of different numbers that was a third of the finder's time. The order of the checks is
 * libphonenumber-js's own (getNumberType): the national pattern, then fixed line (or fixed line or
 * mobile where the two cannot be told apart), then the other types in its order; a test holds the
 * two to the same answers.
 */
import { type CountryCode, Metadata, type NumberType } from 'libphonenumber-js/max';

export type LineType = Exclude<NumberType, undefined>;

/** The numbering plan's patterns; libphonenumber-js's typings declare fewer methods than it has. */
interface PlanPatterns {
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(type: LineType): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface CompiledType {
  pattern: RegExp;
  /** Lengths the type allows, when the metadata narrows them below the plan's. */
  lengths: readonly number[] | undefined;
}

interface CompiledPlan {
  nationalNumber: RegExp;
  hasTypes: boolean;
  /** Undefined where the plan has no such type, or an empty pattern for it. */
  types: Map<LineType, CompiledType | undefined>;
  /** Whether the plan lists mobile numbers at all; without them fixed lines may be mobiles. */
  mobileListed: boolean;
}

const NON_FIXED_LINE_TYPES: readonly LineType[] = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function compile(region: CountryCode): CompiledPlan {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan as unknown as PlanPatterns;
  const types = new Map<LineType, CompiledType | undefined>();
  for (const type of ['FIXED_LINE', ...NON_FIXED_LINE_TYPES] as const) {
    const definition = plan.type(type);
    const pattern = definition?.pattern();
    types.set(
      type,
      pattern ? { pattern: whole(pattern), lengths: definition?.possibleLengths() } : undefined,
    );
  }
  const mobile = plan.type('MOBILE');
  return {
    nationalNumber: whole(plan.nationalNumberPattern()),
    hasTypes: plan.hasTypes(),
    types,
    mobileListed: mobile !== undefined && mobile.pattern() !== '',
  };
}

const plans = new Map<CountryCode, CompiledPlan>();

function planOf(region: CountryCode): CompiledPlan {
  let plan = plans.get(region);
  if (plan === undefined) {
    plan = compile(region);
    plans.set(region, plan);
  }
  return plan;
}

function isOfType(nationalNumber: string, type: LineType, plan: CompiledPlan): boolean {
  const compiled = plan.types.get(type);
  if (compiled === undefined) return false;
  if (compiled.lengths !== undefined && !compiled.lengths.includes(nationalNumber.length)) return false;
  return compiled.pattern.test(nationalNumber);
}

/** The line type of `nationalNumber` in `region`, or null when the region's plan gives it none. */
function lineTypeOf(nationalNumber: string, region: CountryCode): LineType | null {
  const plan = planOf(region);
  if (!plan.nationalNumber.test(nationalNumber)) return null;
  if (isOfType(nationalNumber, 'FIXED_LINE', plan)) {
    if (!plan.mobileListed || isOfType(nationalNumber, 'MOBILE', plan)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  return NON_FIXED_LINE_TYPES.find((type) => isOfType(nationalNumber, type, plan)) ?? null;
}

/**
 * Whether `nationalNumber` is a valid number of `region` (it has a line type, or matches the national
 * pattern where the plan lists no types), and its line type.
 */
export function lineOf(
  nationalNumber: string,
  region: CountryCode,
): { valid: boolean; type: LineType | null } {
  const type = lineTypeOf(nationalNumber, region);
  const plan = planOf(region);
  return { valid: plan.hasTypes ? type !== null : plan.nationalNumber.test(nationalNumber), type };
}
