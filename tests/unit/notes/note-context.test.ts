import { describe, expect, it } from 'vitest';
import { noteContextOf } from '../../../lib/notes/note-context';
import type { PhoneEntry } from '../../../lib/summary/page-summary';

const phone = (overrides: Partial<PhoneEntry>): PhoneEntry => ({
  key: '+85251234567',
  e164: '+85251234567',
  region: 'HK',
  type: 'MOBILE',
  count: 1,
  sample: '5123 4567',
  frameId: 0,
  ...overrides,
});

describe('noteContextOf', () => {
  it('is all false for an empty page, and keeps the home region', () => {
    const { homeRegion, ...flags } = noteContextOf([], [], 'CN');
    expect(homeRegion).toBe('CN');
    expect(Object.values(flags)).toEqual([false, false, false, false, false, false]);
  });

  it.each<
    [
      string,
      PhoneEntry[],
      { kind: 'operator' | 'esim-seller' }[],
      string,
      keyof ReturnType<typeof noteContextOf>,
    ]
  >([
    ['a foreign number', [phone({})], [], 'CN', 'hasForeignNumbers'],
    [
      'a short code',
      [phone({ e164: null, shortCode: '10086', region: 'CN', type: 'SHORT_CODE' })],
      [],
      'CN',
      'hasShortCodes',
    ],
    ['a landline', [phone({ type: 'FIXED_LINE' })], [], 'HK', 'hasFixedLines'],
    ['an eSIM seller', [], [{ kind: 'esim-seller' }], 'CN', 'hasEsimSellers'],
    ['a carrier', [], [{ kind: 'operator' }], 'CN', 'hasCarriers'],
  ])('notices %s', (_name, phones, carriers, home, flag) => {
    expect(noteContextOf(phones, carriers, home)[flag]).toBe(true);
  });

  it('does not call a home number foreign', () => {
    expect(noteContextOf([phone({})], [], 'HK').hasForeignNumbers).toBe(false);
  });
});
