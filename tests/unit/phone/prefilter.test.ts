import { describe, expect, it } from 'vitest';
import { findCandidateSpans } from '@/lib/phone/prefilter';

describe('findCandidateSpans', () => {
  it.each([
    ['a mobile glued to CJK text', '请拨打13800138000咨询', ['13800138000']],
    ['a plus and brackets', '電話：(02)2311-4567', ['(02)2311-4567']],
    ['full-width digits', '＋８６ １３８ ００１３ ８０００', ['＋８６ １３８ ００１３ ８０００']],
    ['two runs split by a word', 'Tel +852 2880 2688 or fax 2880 2689', ['+852 2880 2688', '2880 2689']],
    ['a line break ends a run', '2880 2688\n2880 2689', ['2880 2688', '2880 2689']],
    ['Arabic-Indic digits', 'للتواصل: ٠٥٠١٢٣٤٥٦٧', ['٠٥٠١٢٣٤٥٦٧']],
    ['too few digits', 'Rooms from 380, rated 4.5 in 2024', []],
  ])('finds %s', (_name, text, expected) => {
    expect(findCandidateSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });

  it('counts digits of a run, separators aside', () => {
    expect(findCandidateSpans('+86 138 0013 8000')).toEqual([{ start: 0, end: 17, digits: 13 }]);
  });

  it('yields short runs when asked for fewer digits', () => {
    const text = '拨打10086';
    expect(findCandidateSpans(text, 3).map((span) => text.slice(span.start, span.end))).toEqual(['10086']);
  });
});

describe('findCandidateSpans on whole texts', () => {
  it.each([
    ['prose without digits', 'The museum opens at nine.', false],
    ['prose with short numbers', '全程约 45 分钟，票价 12 元，2023 年出版。', false],
    ['a number', 'Call +44 20 7925 0918', true],
    ['a full-width number', '１３８００１３８０００', true],
  ])('holds a full-number candidate in %s → %s', (_name, text, expected) => {
    expect(findCandidateSpans(text).length > 0).toBe(expected);
  });
});
