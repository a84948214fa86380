import { describe, expect, it } from 'vitest';
import { highlightCss } from '@/lib/scan/highlight-style';

describe('highlightCss', () => {
  it.each([
    ['underline', /::highlight\(dialwise-phone\) \{ text-decoration: underline dotted/],
    ['background', /::highlight\(dialwise-carrier\) \{ background-color: rgb\(245 158 11/],
    ['none', /::highlight\(dialwise-phone\) \{ {2}\}/],
  ] as const)('styles marks for "%s"', (style, pattern) => {
    expect(highlightCss(style)).toMatch(pattern);
  });

  it('always styles the flash of a revealed mark', () => {
    expect(highlightCss('none')).toMatch(/::highlight\(dialwise-flash\) \{ background-color/);
  });
});
