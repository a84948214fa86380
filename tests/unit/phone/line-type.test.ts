import {
  type CountryCode,
  getCountries,
  getExampleNumber,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { lineOf } from '@/lib/phone/line-type';
import { allCases } from '../../fixtures/text/labels';

/** Digit strings near a valid one: a digit changed, dropped or added, so invalid numbers are compared too. */
function neighbours(digits: string): string[] {
  const last = Number(digits.at(-1));
  return [
    digits,
    `${digits.slice(0, -1)}${(last + 1) % 10}`,
    digits.slice(0, -1),
    `${digits}5`,
    `${(Number(digits[0]) + 1) % 10}${digits.slice(1)}`,
  ];
}

function libphonenumberSays(number: PhoneNumber) {
  return { valid: number.isValid(), type: number.getType() ?? null };
}

function numbersToCompare(): PhoneNumber[] {
  const numbers: PhoneNumber[] = [];
  for (const region of getCountries()) {
    const example = getExampleNumber(region, examples);
    if (example === undefined) continue;
    for (const digits of neighbours(example.nationalNumber)) {
      const number = parsePhoneNumberFromString(`+${example.countryCallingCode}${digits}`);
      if (number?.country !== undefined) numbers.push(number);
    }
  }
  for (const c of allCases()) {
    for (const label of c.phones) {
      const number = label.e164 === undefined ? undefined : parsePhoneNumberFromString(label.e164);
      if (number?.country !== undefined) numbers.push(number);
    }
  }
  return numbers;
}

describe('lineOf', () => {
  it('gives the validity and line type libphonenumber-js gives, for every region and near misses', () => {
    const numbers = numbersToCompare();
    expect(numbers.length).toBeGreaterThan(900);
    const disagreements = numbers.filter((number) => {
      const ours = lineOf(number.nationalNumber, number.country as CountryCode);
      const theirs = libphonenumberSays(number);
      return ours.valid !== theirs.valid || ours.type !== theirs.type;
    });
    expect(disagreements.map((n) => n.number)).toEqual([]);
  });

  it('tells a Chinese mobile from a Beijing fixed line, and both from digits that are neither', () => {
    expect(lineOf('13800138000', 'CN')).toEqual({ valid: true, type: 'MOBILE' });
    expect(lineOf('1065529988', 'CN')).toEqual({ valid: true, type: 'FIXED_LINE' });
    expect(lineOf('99999', 'CN')).toEqual({ valid: false, type: null });
  });

  it('says fixed line or mobile where the plan cannot tell them apart', () => {
    expect(lineOf('2125550123', 'US').type).toBe('FIXED_LINE_OR_MOBILE');
  });
});
