import {
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
  searchPhoneNumbersInText,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { readInternational } from '@/lib/phone/international-number';
import { readNumbers } from '@/lib/phone/number-reader';
import { forgetVerifiedNumbers, verifiedNumber } from '@/lib/phone/verified-number';

function read(text: string, region: 'HK' | 'CN' | 'US' | 'DE' | 'GB') {
  return readNumbers(text, region).map((m) => ({ text: text.slice(m.start, m.end), e164: m.number.number }));
}

describe('readNumbers', () => {
  it('reads national and international numbers with the region metadata', () => {
    expect(read('Call 2880 2688 or +44 20 7925 0918 today.', 'HK')).toEqual([
      { text: '2880 2688', e164: '+85228802688' },
      { text: '+44 20 7925 0918', e164: '+442079250918' },
    ]);
    expect(read('请拨打13800138000咨询', 'CN')).toEqual([{ text: '13800138000', e164: '+8613800138000' }]);
  });

  it('leaves digits the metadata does not accept', () => {
    expect(read('Order 1234 5678 9012 shipped', 'HK')).toEqual([]);
    expect(read('+86 123', 'CN')).toEqual([]);
  });

  it('skips dates written with slashes and time stamps followed by minutes', () => {
    expect(read('due 12/05/2024 at the latest', 'US')).toEqual([]);
    expect(read('posted 2024-05-13 10:30', 'US')).toEqual([]);
  });

  it('does not read digits glued to Latin letters, a percentage or a currency sign', () => {
    expect(read('model A2880 2688', 'HK')).toEqual([]);
    expect(read('2880 2688% more', 'HK')).toEqual([]);
    expect(read('$2880 2688', 'HK')).toEqual([]);
  });

  it('reads the first number out of two joined by a slash, then the second', () => {
    expect(read('Tel 2880 2688 / 2880 2699', 'HK')).toEqual([
      { text: '2880 2688', e164: '+85228802688' },
      { text: '2880 2699', e164: '+85228802699' },
    ]);
  });

  it.each([
    ['+1 212-555-0123 ext. 12', 'US'],
    ['+1 212-555-0123 int. 12', 'US'],
    ['+7 495 123-45-67 доб. 12', 'RU'],
    ['+51 1 234 5678 anexo 12', 'PE'],
  ] as const)('reads the extension of %s into the number', (text, region) => {
    const [match] = readNumbers(text, region);
    expect(match?.number.ext).toBe('12');
  });

  it('finds what libphonenumber-js finds in the same text', () => {
    const text =
      'Zentrale: 030 123456, Fax (030) 1234-5678; London office +44 20 7946 0958; Hotline 0800 111 0 111.';
    const bare = [...searchPhoneNumbersInText(text, { defaultCountry: 'DE' })].map((f) => f.number.number);
    expect(readNumbers(text, 'DE').map((m) => m.number.number)).toEqual(bare);
  });
});

describe('verifiedNumber', () => {
  it('answers the same for a candidate read again, and null for digits that are not a number', () => {
    forgetVerifiedNumbers();
    const first = verifiedNumber('2880 2688', 'HK');
    expect(first?.number).toBe('+85228802688');
    expect(verifiedNumber('2880 2688', 'HK')).toBe(first);
    expect(verifiedNumber('2880 2688', 'HK')?.country).toBe('HK');
    expect(verifiedNumber('2880 2688', 'US')).toBeNull();
    expect(verifiedNumber('12', 'HK')).toBeNull();
  });

  it('gives the line type of a number', () => {
    expect(verifiedNumber('13800138000', 'CN')?.type).toBe('MOBILE');
  });
});

describe('readInternational', () => {
  it('reads a plain "+" number as libphonenumber-js does, for every region and near misses', () => {
    const disagreements: string[] = [];
    let decided = 0;
    for (const region of getCountries()) {
      const example = getExampleNumber(region, examples);
      if (example === undefined) continue;
      const digits = example.nationalNumber;
      const last = Number(digits.at(-1));
      for (const national of [
        digits,
        `${digits.slice(0, -1)}${(last + 1) % 10}`,
        digits.slice(0, -1),
        `${digits}5`,
        `0${digits}`,
      ]) {
        const written = `+${example.countryCallingCode} ${national}`;
        const ours = readInternational(written);
        if (ours === undefined) continue;
        decided++;
        const theirs = parsePhoneNumberFromString(written);
        const expected =
          theirs?.isPossible() && theirs.isValid()
            ? { number: theirs.number, country: theirs.country, type: theirs.getType() ?? null }
            : null;
        if (JSON.stringify(ours) !== JSON.stringify(expected)) disagreements.push(written);
      }
    }
    expect(decided).toBeGreaterThan(800);
    expect(disagreements).toEqual([]);
  });

  it('leaves to the parser what it cannot settle: brackets, letters, non-geographic codes', () => {
    expect(readInternational('+44 (0)20 7946 0958')).toBeUndefined();
    expect(readInternational('+1 212 555 0123 ext 4')).toBeUndefined();
    expect(readInternational('+800 1234 5678')).toBeUndefined();
  });
});
