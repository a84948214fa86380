import { describe, expect, it } from 'vitest';
import { moveSim, newSimId, parseSims, type Sim } from '@/lib/sims/sim';

const sim = (id: string, more: Partial<Sim> = {}): Sim => ({
  id,
  carrierId: 'csl',
  number: '+85251234567',
  label: id,
  kind: 'prepaid',
  lastActive: '2026-11-01',
  keepDays: null,
  ...more,
});

describe('parseSims', () => {
  it('reads nothing stored as no SIMs', () => {
    expect(parseSims(undefined)).toEqual({ sims: [], unreadable: 0 });
  });

  it('leaves a corrupt entry out and keeps the others', () => {
    const stored = [
      sim('a'),
      { ...sim('b'), number: '12345' },
      'nonsense',
      sim('c', { kind: 'data-esim', number: null }),
    ];
    const parsed = parseSims(stored);
    expect(parsed.sims.map((held) => held.id)).toEqual(['a', 'c']);
    expect(parsed.unreadable).toBe(2);
  });

  it.each([
    ['an unknown kind', { kind: 'pager' }],
    ['a date that is not a day', { lastActive: '2026-13-40' }],
    ['a negative keep entry', { keepDays: -3 }],
    ['an extra field', { extra: true }],
    ['a prototype key', JSON.parse('{"__proto__": {"admin": true}}')],
  ])('rejects an entry with %s', (_name, change) => {
    expect(parseSims([{ ...sim('a'), ...change }]).unreadable).toBe(1);
  });

  it('counts a stored value that is not a list as one unreadable entry', () => {
    expect(parseSims({ sims: [] })).toEqual({ sims: [], unreadable: 1 });
  });

  it('keeps the first of two entries with the same id', () => {
    const parsed = parseSims([sim('a', { label: 'first' }), sim('a', { label: 'second' })]);
    expect(parsed.sims.map((held) => held.label)).toEqual(['first']);
    expect(parsed.unreadable).toBe(1);
  });
});

describe('moveSim', () => {
  const list = [sim('a'), sim('b'), sim('c')];
  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, 0, ['c', 'a', 'b']],
    [1, 3, ['a', 'b', 'c']],
    [-1, 0, ['a', 'b', 'c']],
  ])('moves %i to %i', (from, to, expected) => {
    expect(moveSim(list, from, to).map((held) => held.id)).toEqual(expected);
  });
});

describe('newSimId', () => {
  it('draws again when the id is taken', () => {
    const draws = [0.5, 0.5, 0.25];
    const taken = [sim(newSimId([], () => 0.5))];
    expect(newSimId(taken, () => draws.shift() ?? 0)).toBe(newSimId([], () => 0.25));
  });
});
