import { describe, expect, it } from 'vitest';
import { findShortCodes } from '@/lib/phone/short-code-finder';
import { withWordedShortCodes } from '@/lib/phone/worded-short-codes';

describe('withWordedShortCodes', () => {
  it('adds the SMS and two-digit codes in document order', () => {
    const text = 'Appelez le 112 ou le SAMU au 15 ; envoyez STOP au 36179.';
    const found = withWordedShortCodes(findShortCodes(text, { defaultRegion: 'FR' }), text, 'FR');
    expect(found.map((f) => f.shortCode)).toEqual(['112', '15', '36179']);
  });

  it('keeps one finding for a code both passes find', () => {
    const text = 'text PAC to 65075';
    const found = withWordedShortCodes(findShortCodes(text, { defaultRegion: 'GB' }), text, 'GB');
    expect(found.map((f) => [f.start, f.shortCode])).toEqual([[12, '65075']]);
  });

  it('returns the findings it was given when the text has no worded code', () => {
    const found = findShortCodes('call 911', { defaultRegion: 'US' });
    expect(withWordedShortCodes(found, 'call 911', 'US')).toBe(found);
  });
});
