import { describe, expect, it } from 'vitest';
import type { PhoneFinding } from '@/lib/finding';
import { regionRuleFor } from '@/lib/scan/region-rule';

const finding = (text: string, e164: string | null = '+8613800138000', region = 'CN'): PhoneFinding => ({
  kind: 'phone',
  start: 0,
  end: text.length,
  text,
  e164,
  region,
  type: 'MOBILE',
});

const chinesePage = { rule: 'lang', region: 'CN' } as const;

describe('regionRuleFor', () => {
  it.each([
    ['a national number of the page region', finding('138 0013 8000'), 'lang'],
    ['a number with +', finding('+86 138 0013 8000'), 'written'],
    ['a number with full-width plus', finding('＋８６ １３８ ００１３ ８０００'), 'written'],
    ['a number with 00', finding('0086 138 0013 8000'), 'written'],
    [
      'a North American toll-free number read by its shape',
      finding('1-866-555-0100', '+18665550100', 'US'),
      'shape',
    ],
    ['a short code', finding('10086', null), null],
  ])('says what placed %s', (_name, phone, expected) => {
    expect(regionRuleFor(phone, chinesePage)).toBe(expected);
  });
});
