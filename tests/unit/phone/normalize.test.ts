import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '@/lib/phone/normalize';

describe('normalizeForMatching', () => {
  it.each([
    [
      'full-width digits, plus and ideographic space',
      '＋８６　１３８ ００１３ ８０００',
      '+86 138 0013 8000',
    ],
    ['full-width brackets and dash', '（０２）２３１１－４５６７', '(02)2311-4567'],
    ['no-break and thin spaces', '+852\u00a02880\u202f2688', '+852 2880 2688'],
    ['en dash and minus sign', '138–0013−8000', '138-0013-8000'],
    ['Arabic-Indic digits', '٠٥٠١٢٣٤٥٦٧', '0501234567'],
    ['Thai digits', '๐๒ ๑๒๓ ๔๕๖๗', '02 123 4567'],
    ['full-width colon after a phone word', '電話：０２', '電話:02'],
    ['ASCII text unchanged', 'Tel. +44 20 7925 0918', 'Tel. +44 20 7925 0918'],
  ])('maps %s one unit for one', (_name, input, expected) => {
    const output = normalizeForMatching(input);
    expect(output).toBe(expected);
    expect(output.length).toBe(input.length);
  });
});
