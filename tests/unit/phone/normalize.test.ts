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
    ['a zero-width space and a soft hyphen', '+44\u200b20 79\u00ad25', '+44 20 79 25'],
    ['joiners, direction marks and a BOM', '1\u200c2\u200d3\u200e4\u200f5\u20606\ufeff7', '1 2 3 4 5 6 7'],
    ['ASCII text unchanged', 'Tel. +44 20 7925 0918', 'Tel. +44 20 7925 0918'],
  ])('maps %s one unit for one', (_name, input, expected) => {
    const output = normalizeForMatching(input);
    expect(output).toBe(expected);
    expect(output.length).toBe(input.length);
  });
});
