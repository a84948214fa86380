import {
  type CountryCode,
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { readNational } from '@/lib/phone/national-number';
import { parsedByLibphonenumber } from '@/lib/phone/verified-number';
import { allCases } from '../../fixtures/text/labels';

/** Pages of these regions read numbers of every other region too: prefixes and calling codes meet. */
const PAGE_REGIONS: readonly CountryCode[] = [
  'CN',
  'HK',
  'US',
  'GB',
  'DE',
  'FR',
  'IT',
  'JP',
  'IN',
  'BR',
  'AR',
  'RU',
];

/** A national number written out, then with a digit changed, dropped, added, its first digit changed, or a prefix before it. */
function variants(national: string): string[] {
  const digits = national.replace(/[^0-9]/g, '');
  const last = Number(digits.at(-1));
  return [
    national,
    digits,
    `${digits.slice(0, -1)}${(last + 1) % 10}`,
    digits.slice(0, -1),
    `${digits}5`,
    `${(Number(digits[0]) + 1) % 10}${digits.slice(1)}`,
    // With a national prefix written before it, before part of it, or taking the place of a digit:
    // the prefix taken off leaves too few digits, or the whole fits and the rest does not.
    `0${digits}`,
    `8${digits}`,
    `0${digits.slice(1)}`,
    `8${digits.slice(1)}`,
    `0${digits.slice(0, -3)}`,
    `${digits[0]}${digits}`,
  ];
}

/** (candidate, page region) pairs: every region's example in its own region and on the pages above, and the labelled numbers. */
function pairsToCompare(): Array<[string, CountryCode]> {
  const pairs: Array<[string, CountryCode]> = [];
  for (const region of getCountries()) {
    const example = getExampleNumber(region, examples);
    if (example === undefined) continue;
    const digits = example.nationalNumber;
    const code = example.countryCallingCode;
    // Written for dialling from abroad without "+": after an international prefix, or the calling code alone.
    const fromAbroad = [
      `00 ${code} ${digits}`,
      `011 ${code} ${digits}`,
      `${code} ${digits}`,
      `00${code}0${digits}`,
      `00 0${digits}`,
    ];
    for (const candidate of [...variants(example.formatNational()), ...fromAbroad]) {
      pairs.push([candidate, region]);
      for (const page of PAGE_REGIONS) pairs.push([candidate, page]);
    }
  }
  for (const c of allCases()) {
    for (const label of c.phones) {
      const number = label.e164 === undefined ? undefined : parsePhoneNumberFromString(label.e164);
      if (number?.country === undefined || !parsePhoneNumberFromString(label.e164 ?? '')?.isValid()) continue;
      for (const candidate of variants(number.formatNational())) pairs.push([candidate, number.country]);
    }
  }
  return pairs;
}

describe('readNational', () => {
  it('reads what libphonenumber-js parses, for every region, on pages of other regions, and near misses', () => {
    const pairs = pairsToCompare();
    const decided = pairs.filter(([candidate, region]) => readNational(candidate, region) !== undefined);
    const disagreements = decided
      .map(([candidate, region]) => ({
        candidate,
        region,
        ours: readNational(candidate, region),
        theirs: parsedByLibphonenumber(candidate, region),
      }))
      .filter(({ ours, theirs }) => JSON.stringify(ours) !== JSON.stringify(theirs));
    expect(disagreements).toEqual([]);
    // It settles most of them, or it would save nothing.
    expect(pairs.length).toBeGreaterThan(20_000);
    expect(decided.length / pairs.length).toBeGreaterThan(0.6);
  });

  it('takes the national prefix off, and reads the region among those sharing a calling code', () => {
    expect(readNational('010 6552 9988', 'CN')).toEqual({
      number: '+861065529988',
      country: 'CN',
      type: 'FIXED_LINE',
    });
    expect(readNational('(604) 555-0134', 'US')).toMatchObject({ number: '+16045550134', country: 'CA' });
    expect(readNational('01624 612345', 'GB')).toMatchObject({ country: 'IM' });
  });

  it('reads digits after the international prefix, or after the calling code, as the parser does', () => {
    expect(readNational('00 852 2880 2688', 'CN')).toMatchObject({ number: '+85228802688', country: 'HK' });
    expect(readNational('011 81 3 1234 5678', 'US')).toMatchObject({ number: '+81312345678', country: 'JP' });
    expect(readNational('1-800-331-0500', 'US')).toMatchObject({ number: '+18003310500' });
    expect(readNational('86 138 0013 8000', 'CN')).toMatchObject({
      number: '+8613800138000',
      type: 'MOBILE',
    });
  });

  it('leaves to the parser what it cannot settle the same way', () => {
    expect(readNational('1 604 555 0134', 'CA')).toBeUndefined();
    expect(readNational(`020${' '.repeat(240)}7946 0958`, 'GB')).toBeUndefined();
    expect(readNational('011 15 2345-6789', 'AR')).toBeUndefined();
    expect(readNational('212-555-0123 ext. 12', 'US')).toBeUndefined();
  });

  it('says plainly when digits are no number of the region', () => {
    expect(readNational('9999 9999 9999', 'CN')).toBeNull();
  });
});
