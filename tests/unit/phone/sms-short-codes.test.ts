import { describe, expect, it } from 'vitest';
import { smsShortCodesIn } from '@/lib/phone/sms-short-codes';

function codes(text: string, region: string) {
  return smsShortCodesIn(text, region).map((f) => [f.text, f.shortCode, f.region]);
}

describe('smsShortCodesIn', () => {
  it.each([
    [
      'a listed code after a keyword',
      'Text PAC to 65075 to keep your number.',
      'GB',
      [['65075', '65075', 'GB']],
    ],
    [
      'an unlisted code after a keyword, placed in the page region',
      'envoyez STOP au 36179',
      'FR',
      [['36179', '36179', 'FR']],
    ],
    ['a keyword before the Chinese verb', '编辑短信CXHF发送至10010', 'CN', [['10010', '10010', 'CN']]],
    [
      'a listed code after the verb alone',
      'Transférez-le gratuitement au 33700.',
      'FR',
      [['33700', '33700', 'FR']],
    ],
    [
      'a listed code placed in its own region on another page',
      'Text STAC to 75075',
      'US',
      [['75075', '75075', 'GB']],
    ],
    ['an unlisted code after the verb alone', 'Send the form to 12001 by Friday.', 'US', []],
    ['numbers sent, not a keyword', 'Send 10 to 1500 people.', 'US', []],
    ['a longer run', 'text PAC to 650751234', 'GB', []],
    ['a price after the phrase', 'Send STOP to 2000 €', 'FR', []],
  ])('%s', (_name, text, region, expected) => {
    expect(codes(text, region)).toEqual(expected);
  });

  it('does not read digits inside what is already found again', () => {
    const text = 'Text PAC to 65075 or 65076.';
    const taken = smsShortCodesIn(text, 'GB', (start) => start === text.indexOf('65075'));
    expect(taken.map((f) => f.text)).toEqual([]);
    expect(smsShortCodesIn(text, 'GB').map((f) => f.text)).toEqual(['65075']);
  });
});
