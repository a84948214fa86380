import { describe, expect, it } from 'vitest';
import { regionsWithTwoDigitCodes, twoDigitEmergencyCodesIn } from '@/lib/phone/two-digit-emergency-codes';

function codes(text: string, region: string) {
  return twoDigitEmergencyCodesIn(text, region).map((f) => [f.text, f.region]);
}

describe('the two-digit codes a region lists', () => {
  it('reads France’s SAMU, police and fire codes and no other pair, and none in a region without them', () => {
    expect(regionsWithTwoDigitCodes()).toContain('FR');
    expect(regionsWithTwoDigitCodes()).not.toContain('US');
    const named = (code: string) => `Appelez le SAMU au ${code}.`;
    const found = ['12', '15', '16', '17', '18', '19'].filter((code) => codes(named(code), 'FR').length > 0);
    expect(found).toEqual(['15', '17', '18']);
    expect(codes(named('15'), 'US')).toEqual([]);
  });
});

describe('twoDigitEmergencyCodesIn', () => {
  it.each([
    [
      'French services by name',
      'Pompiers : 18 ; police secours : 17',
      'FR',
      [
        ['18', 'FR'],
        ['17', 'FR'],
      ],
    ],
    [
      'German words on a French page',
      'Rettungsdienst 15, Polizei 17',
      'FR',
      [
        ['15', 'FR'],
        ['17', 'FR'],
      ],
    ],
    [
      'Chinese words',
      '急救拨15，火警拨18',
      'FR',
      [
        ['15', 'FR'],
        ['18', 'FR'],
      ],
    ],
    ['Pakistan’s police line', 'the police emergency line 15', 'PK', [['15', 'PK']]],
    ['a price', 'Le forfait coûte 15 € et inclut 18 Go.', 'FR', []],
    ['a count beside an emergency word', 'En cas d’urgence, comptez 15 minutes.', 'FR', []],
    [
      'Japanese words',
      'フランスの救急は15番、警察は17番です。',
      'FR',
      [
        ['15', 'FR'],
        ['17', 'FR'],
      ],
    ],
    [
      'Korean words',
      '프랑스에서 응급 상황이면 15번, 경찰은 17번으로 전화하세요.',
      'FR',
      [
        ['15', 'FR'],
        ['17', 'FR'],
      ],
    ],
    [
      'Spanish, Italian and Portuguese words',
      'ambulancia 15; polizia 17; bombeiros 18',
      'FR',
      [
        ['15', 'FR'],
        ['17', 'FR'],
        ['18', 'FR'],
      ],
    ],
    ['a Chinese count after an emergency word', '急救中心昨天接到15人求助。', 'FR', []],
    ['a count after an emergency word', 'Les urgences ont reçu 15 patients.', 'FR', []],
    ['a connective after the code', 'appelez le SAMU, le 15 pour une urgence', 'FR', [['15', 'FR']]],
    ['a time', 'SAMU ouvert de 15:30 à 18:00', 'FR', []],
    ['a code the region does not list', 'Polizei 17', 'DE', []],
    ['a two-digit number inside a longer one', 'urgences 1518', 'FR', []],
  ])('%s', (_name, text, region, expected) => {
    expect(codes(text, region)).toEqual(expected);
  });
});
