import { type CountryCode, getCountries, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describeNumber, type NumberDescription } from './describe';
import { explainInput, type InputProblem } from './explain-input';
import { plusReadings } from './international-prefix';
import { normalizeForMatching } from './normalize';

/**
 * The popup's checker, reading a pasted number the way a person would: a country code written with
 * it decides; otherwise the page's region, then the reader's home region, then the regions whose
 * numbers have this shape ("13800138000" is a mainland mobile whatever the home region). It says
 * which it chose and where else the digits would be a number.
 */

/** What placed the number: its written country code, the page, the home region, or its shape. */
export type RegionChoice = 'written' | 'page' | 'home' | 'shape';

export type NumberCheck =
  | {
      ok: true;
      description: NumberDescription;
      chosenBy: RegionChoice;
      /** Other likely regions where the same digits are a valid number, mobiles first. */
      alternatives: CountryCode[];
      /** How many further regions, none of them likely, would read the digits as a number. */
      elsewhere: number;
    }
  | { ok: false; reason: InputProblem; region?: string };

export interface CheckContext {
  homeRegion: CountryCode;
  /** The region the page's national numbers are read in, when the popup knows the page. */
  pageRegion?: CountryCode | null;
  /** Regions the page's own numbers are in: a number of the same shape likely is too. */
  pageNumberRegions?: Iterable<string>;
}

/**
 * The regions whose numbers Dialwise's readers juggle (a mainland SIM, a Hong Kong, Macau, Taiwan or
 * US number kept alive): with the home and page regions, the only ones a number's shape alone may
 * place it in. Elsewhere the same digits are named as alternatives, never chosen.
 */
const readersRegions: readonly string[] = ['CN', 'HK', 'MO', 'TW', 'US'];

/** At most this many likely alternatives are named. */
const maxAlternatives = 4;

const mobileTypes: ReadonlySet<string> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** The E.164 form when `text` is a valid number read in `region`, else null. */
function validIn(text: string, region: CountryCode): string | null {
  const number = parsePhoneNumberFromString(text, region);
  return number?.isValid() ? number.number : null;
}

/** "+852 …", or an exit code or bracketed calling code read as "+": "00852 5123 4567", "(852) 5123 4567". */
function writtenInternationally(input: string): string | null {
  if (input.startsWith('+')) return input;
  for (const reading of plusReadings(input)) {
    const number = parsePhoneNumberFromString(reading.trim());
    if (number?.isValid()) return number.number;
  }
  return null;
}

interface ShapeFit {
  region: CountryCode;
  likely: boolean;
}

/**
 * The regions where the digits make a valid number that is that region's own, most likely first:
 * the likely regions before the rest, mobiles before other lines. "Its own": for calling codes
 * shared by several regions ("+1", "+44"), libphonenumber gives a number to exactly one of them.
 */
function regionsByShape(input: string, likely: ReadonlySet<string>): ShapeFit[] {
  const fits: (ShapeFit & { rank: number })[] = [];
  for (const region of getCountries()) {
    const number = parsePhoneNumberFromString(input, region);
    if (!number?.isValid() || number.country !== region) continue;
    const type = number.getType();
    const isLikely = likely.has(region);
    fits.push({
      region,
      likely: isLikely,
      rank: (isLikely ? 0 : 2) + (type && mobileTypes.has(type) ? 0 : 1),
    });
  }
  return fits.sort((a, b) => a.rank - b.rank).map(({ region, likely }) => ({ region, likely }));
}

function found(
  e164: string,
  homeRegion: CountryCode,
  chosenBy: RegionChoice,
  fits: readonly ShapeFit[],
): NumberCheck {
  const description = describeNumber(e164, { homeRegion });
  if (!description) return { ok: false, reason: 'NOT_VALID' };
  const others = fits.filter((fit) => fit.region !== description.region);
  return {
    ok: true,
    description,
    chosenBy,
    alternatives: others
      .filter((fit) => fit.likely)
      .slice(0, maxAlternatives)
      .map((fit) => fit.region),
    elsewhere: others.filter((fit) => !fit.likely).length,
  };
}

export function checkNumber(text: string, context: CheckContext): NumberCheck {
  const { homeRegion, pageRegion = null } = context;
  const likely = new Set([...readersRegions, ...(context.pageNumberRegions ?? []), homeRegion]);
  if (pageRegion) likely.add(pageRegion);
  const input = normalizeForMatching(text).trim();
  const international = writtenInternationally(input);
  if (international !== null) {
    const verdict = explainInput(international, homeRegion);
    return verdict.ok ? found(verdict.e164, homeRegion, 'written', []) : verdict;
  }
  const byShape = regionsByShape(input, likely);
  const tried: [CountryCode | null, RegionChoice][] = [
    [pageRegion, 'page'],
    [homeRegion, 'home'],
  ];
  for (const [region, chosenBy] of tried) {
    const e164 = region && validIn(input, region);
    if (e164) return found(e164, homeRegion, chosenBy, byShape);
  }
  const likeliest = byShape[0];
  if (likeliest?.likely) {
    const e164 = validIn(input, likeliest.region);
    if (e164) return found(e164, homeRegion, 'shape', byShape);
  }
  // Nothing fits: say why, for the region the reader would expect it in.
  const verdict = explainInput(input, pageRegion ?? homeRegion);
  return verdict.ok ? found(verdict.e164, homeRegion, pageRegion ? 'page' : 'home', byShape) : verdict;
}
