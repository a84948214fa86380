import { describe, expect, it } from 'vitest';
import type { PhoneFinding } from '@/lib/finding';
import { regionRuleFor } from '@/lib/scan/region-rule';

const finding = (text: string, e164: string | null = '+8613800138000'): PhoneFinding => ({
  kind: 'phone',
  start: 0,
  end: text.length,
  text,
  e164,
  region: 'CN',
  type: 'MOBILE',
});

describe('regionRuleFor', () => {
  it.each([
    ['a national number', finding('138 0013 8000'), 'lang'],
    ['a number with +', finding('+86 138 0013 8000'), null],
    ['a number with full-width plus', finding('＋８６ １３８ ００１３ ８０００'), null],
    ['a number with 00', finding('0086 138 0013 8000'), null],
    ['a short code', finding('10086', null), null],
  ])('gives the page rule for %s only when no country was written', (_name, phone, expected) => {
    expect(regionRuleFor(phone, 'lang')).toBe(expected);
  });
});
