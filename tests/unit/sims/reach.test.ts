import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { carrierById } from '@/lib/carriers/catalog';
import { describeNumber } from '@/lib/phone/describe';
import { reachFrom, simHomeOf } from '@/lib/sims/reach';
import type { Sim } from '@/lib/sims/sim';

const today = '2026-12-06';

const cmhk: Sim = {
  id: 'cmhk',
  carrierId: 'cmhk',
  number: '+85251234567',
  label: 'CMHK',
  kind: 'prepaid',
  lastActive: null,
  keepDays: null,
};
const ultra: Sim = {
  ...cmhk,
  id: 'ultra',
  carrierId: 'ultra-mobile',
  number: '+12015550123',
  label: 'Ultra',
};
const airalo: Sim = {
  ...cmhk,
  id: 'airalo',
  carrierId: 'airalo',
  number: null,
  kind: 'data-esim',
  label: 'Airalo',
};

const home: Record<string, CountryCode | null> = { cmhk: 'HK', ultra: 'US', airalo: null };

function reach(sim: Sim, e164: string, where: CountryCode) {
  const target = describeNumber(e164, { homeRegion: 'HK' });
  if (!target) throw new Error(`not a number: ${e164}`);
  const carrier = carrierById(sim.carrierId) ?? null;
  return reachFrom({ sim, simHome: home[sim.id] ?? null, carrier, target, where, today });
}

const hkMobile = '+85261234567';
const usMobile = '+12125550123';
const hkLandline = '+85228802688';

describe('reachFrom', () => {
  it.each([
    ['a CMHK card in Hong Kong, a Hong Kong number', cmhk, hkMobile, 'HK', 'national', '6123 4567'],
    ['a CMHK card in Shenzhen, a Hong Kong number', cmhk, hkMobile, 'CN', 'international', '+852 6123 4567'],
    ['a CMHK card in Hong Kong, a US number', cmhk, usMobile, 'HK', 'international', '+1 212 555 0123'],
    ['an Ultra number in Shenzhen, a US number', ultra, usMobile, 'CN', 'international', '+1 212 555 0123'],
    ['an Ultra number at home, a US number', ultra, usMobile, 'US', 'national', '(212) 555-0123'],
  ] as const)('%s: dials the %s form', (_name, sim, e164, where, form, value) => {
    expect(reach(sim, e164, where).dial).toEqual({ form, value });
  });

  it('says a roaming SIM is roaming, and brings its sourced answers on texting from abroad', () => {
    const line = reach(ultra, usMobile, 'CN');
    expect(line.roaming).toBe(true);
    expect(line.text).toBe(true);
    expect(line.answers.map((answer) => answer.question)).toEqual(['sendSmsAbroad']);
    expect(line.answers[0]?.notes.length).toBeGreaterThan(0);
    expect(line.answers[0]?.notes.every((note) => note.answers?.includes('sendSmsAbroad'))).toBe(true);
  });

  it('brings no answers for a SIM at home', () => {
    const line = reach(cmhk, hkMobile, 'HK');
    expect(line.roaming).toBe(false);
    expect(line.answers).toEqual([]);
  });

  it('gives a data-only eSIM no way to call or text, with the sourced answers on having a number', () => {
    const line = reach(airalo, hkMobile, 'CN');
    expect(line.dial).toBeNull();
    expect(line.text).toBe(false);
    expect(line.answers.map((answer) => answer.question)).toEqual(['hasNumber']);
    expect(line.answers[0]?.notes.length).toBeGreaterThan(0);
  });

  it('offers no text to a landline', () => {
    expect(reach(cmhk, hkLandline, 'HK').text).toBe(false);
  });

  it('leaves the answers empty ("no source found") for a carrier the knowledge base does not list', () => {
    const other: Sim = { ...ultra, id: 'ultra', carrierId: 'other', otherName: 'Local MVNO' };
    const line = reach(other, usMobile, 'CN');
    expect(line.carrier).toBeNull();
    expect(line.otherName).toBe('Local MVNO');
    expect(line.answers).toEqual([{ question: 'sendSmsAbroad', notes: [] }]);
  });

  it('drops the notes of an offer past its end', () => {
    const carrier = carrierById('ultra-mobile');
    if (!carrier) throw new Error('ultra-mobile missing');
    const ended = {
      ...carrier,
      notes: carrier.notes.map((note) => ({ ...note, validUntil: '2026-01-01' })),
    };
    const target = describeNumber(usMobile, { homeRegion: 'US' });
    if (!target) throw new Error('not a number');
    const line = reachFrom({ sim: ultra, simHome: 'US', carrier: ended, target, where: 'CN', today });
    expect(line.answers).toEqual([{ question: 'sendSmsAbroad', notes: [] }]);
  });
});

describe('simHomeOf', () => {
  it.each([
    ['the number region first', 'US', { region: 'HK' }, 'US'],
    ["the carrier's region without a number", null, { region: 'HK' }, 'HK'],
    ['none for a global seller without a number', null, { region: 'global' }, null],
    ['none without a carrier or number', null, null, null],
  ] as const)('takes %s', (_name, numberRegion, carrier, expected) => {
    expect(simHomeOf(numberRegion, carrier)).toBe(expected);
  });
});
