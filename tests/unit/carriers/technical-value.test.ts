import { describe, expect, it } from 'vitest';
import { isTechnicalValue } from '@/lib/carriers/technical-value';

function at(text: string, value: string): boolean {
  const start = text.indexOf(value);
  return isTechnicalValue(text, start, start + value.length);
}

describe('isTechnicalValue', () => {
  it.each([
    ['after "APN:"', 'APN: cmhk', 'cmhk'],
    ['after a full-width colon', '接入点 APN：cmhk', 'cmhk'],
    ['after "the APN is"', 'check that the APN is cmhk', 'cmhk'],
    ['after a Chinese verb', 'APN 设为 cmhk 后重启', 'cmhk'],
  ])('takes a lower-case name %s as a setting', (_label, text, value) => {
    expect(at(text, value)).toBe(true);
  });

  it.each([
    ['written as the brand', 'The APN for CMHK prepaid SIMs', 'CMHK'],
    ['with no APN label', 'I switched to cmhk last year', 'cmhk'],
    ['with the label in the sentence before', 'Set the APN. cmhk is fine too', 'cmhk'],
    ['with the label far before', `APN ${'x'.repeat(20)} cmhk`, 'cmhk'],
    ['inside a longer word', 'SNAPN: cmhk', 'cmhk'],
    ['with no letters', 'APN: 1010', '1010'],
  ])('keeps a name %s', (_label, text, value) => {
    expect(at(text, value)).toBe(false);
  });
});
