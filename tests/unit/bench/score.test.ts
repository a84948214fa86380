// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  type ExpectedSpan,
  formatRatio,
  formatTable,
  groupScores,
  matches,
  metrics,
  type Predicted,
  phoneClass,
  scoreCase,
  scorePhoneClass,
} from '../../bench/score';

const phone = (start: number, end: number, e164: string | null, shortCode?: string): ExpectedSpan =>
  shortCode === undefined
    ? { kind: 'phone', start, end, e164 }
    : { kind: 'phone', start, end, e164, shortCode };

describe('matches', () => {
  it('needs the exact span', () => {
    const e = phone(5, 18, '+8613800138000');
    expect(matches(e, { kind: 'phone', start: 5, end: 18, e164: '+8613800138000' })).toBe(true);
    expect(matches(e, { kind: 'phone', start: 4, end: 18, e164: '+8613800138000' })).toBe(false);
    expect(matches(e, { kind: 'phone', start: 5, end: 19, e164: '+8613800138000' })).toBe(false);
  });

  it('needs the same number or short code for phones', () => {
    expect(matches(phone(0, 5, '+1'), { kind: 'phone', start: 0, end: 5, e164: '+2' })).toBe(false);
    const code = phone(3, 8, null, '10086');
    expect(matches(code, { kind: 'phone', start: 3, end: 8, e164: null, shortCode: '10086' })).toBe(true);
    expect(matches(code, { kind: 'phone', start: 3, end: 8, e164: null, shortCode: '10010' })).toBe(false);
    expect(matches(code, { kind: 'phone', start: 3, end: 8, e164: '+8610086' })).toBe(false);
  });

  it('needs the same id and kind for carriers', () => {
    const e: ExpectedSpan = { kind: 'carrier', start: 0, end: 4, id: 'china-mobile' };
    expect(matches(e, { kind: 'carrier', start: 0, end: 4, id: 'china-mobile' })).toBe(true);
    expect(matches(e, { kind: 'carrier', start: 0, end: 4, id: 'cmhk' })).toBe(false);
    expect(matches(e, { kind: 'phone', start: 0, end: 4, e164: null })).toBe(false);
  });
});

describe('scoreCase', () => {
  it('counts true positives, false positives and misses of one kind', () => {
    const expected: ExpectedSpan[] = [
      phone(0, 11, '+8613800138000'),
      phone(20, 25, null, '10086'),
      { kind: 'carrier', start: 30, end: 34, id: 'china-mobile' },
    ];
    const predicted: Predicted[] = [
      { kind: 'phone', start: 0, end: 11, e164: '+8613800138000' },
      { kind: 'phone', start: 40, end: 50, e164: '+8620240513' },
      { kind: 'carrier', start: 30, end: 34, id: 'china-mobile' },
    ];
    const s = scoreCase(expected, predicted, 'phone');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.falsePositives[0]?.start).toBe(40);
    expect(s.falseNegatives[0]?.shortCode).toBe('10086');
    const c = scoreCase(expected, predicted, 'carrier');
    expect([c.tp, c.fp, c.fn]).toEqual([1, 0, 0]);
  });

  it('lets each label match one prediction only', () => {
    const expected = [phone(0, 3, null, '110')];
    const predicted: Predicted[] = [
      { kind: 'phone', start: 0, end: 3, e164: null, shortCode: '110' },
      { kind: 'phone', start: 0, end: 3, e164: null, shortCode: '110' },
    ];
    const s = scoreCase(expected, predicted, 'phone');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 0]);
  });
});

describe('scorePhoneClass', () => {
  const expected: ExpectedSpan[] = [phone(0, 11, '+8613800138000'), phone(20, 25, null, '10086')];

  it('scores full numbers and short codes apart', () => {
    const predicted: Predicted[] = [
      { kind: 'phone', start: 0, end: 11, e164: '+8613800138000' },
      { kind: 'phone', start: 30, end: 33, e164: null, shortCode: '110' },
    ];
    const numbers = scorePhoneClass(expected, predicted, 'number');
    expect([numbers.tp, numbers.fp, numbers.fn]).toEqual([1, 0, 0]);
    const codes = scorePhoneClass(expected, predicted, 'short-code');
    expect([codes.tp, codes.fp, codes.fn]).toEqual([0, 1, 1]);
  });

  it('counts a short code read as a full number as a miss of one class and a false find of the other', () => {
    const predicted: Predicted[] = [{ kind: 'phone', start: 20, end: 25, e164: '+8610086' }];
    expect(scorePhoneClass(expected, predicted, 'short-code')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scorePhoneClass(expected, predicted, 'number')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('tells the classes apart by the short code', () => {
    expect(phoneClass({ shortCode: '911' })).toBe('short-code');
    expect(phoneClass({})).toBe('number');
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1', () => {
    const m = metrics({ tp: 8, fp: 2, fn: 8 });
    expect(m.precision).toBeCloseTo(0.8);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });

  it('leaves undefined ratios as null', () => {
    expect(metrics({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
    expect(metrics({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: null });
    expect(metrics({ tp: 0, fp: 1, fn: 1 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('groupScores', () => {
  it('sums per language, per region and per tag', () => {
    const g = groupScores([
      { lang: 'en', region: 'US', tags: ['intl', 'trap:date'], counts: { tp: 1, fp: 0, fn: 0 } },
      { lang: 'en', region: 'GB', tags: ['intl'], counts: { tp: 0, fp: 1, fn: 1 } },
      { lang: 'ja', region: 'US', tags: ['trap:date', 'trap:date'], counts: { tp: 0, fp: 2, fn: 0 } },
    ]);
    expect(g.byRegion.get('US')).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(g.cases.get('region:GB')).toBe(1);
    expect([...g.byRegion.keys()]).toEqual(['GB', 'US']);
    expect(g.overall).toMatchObject({ tp: 1, fp: 3, fn: 1 });
    expect(g.byLang.get('en')).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(g.byTag.get('trap:date')).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(g.cases.get('tag:trap:date')).toBe(2);
    expect(g.cases.get('lang:ja')).toBe(1);
    expect([...g.byLang.keys()]).toEqual(['en', 'ja']);
  });
});

describe('formatting', () => {
  it('prints ratios and aligned tables', () => {
    expect(formatRatio(null)).toBe('—');
    expect(formatRatio(2 / 3)).toBe('0.667');
    const table = formatTable(
      ['group', 'F1'],
      [
        ['overall', '0.5'],
        ['lang ja', '1.000'],
      ],
    );
    expect(table.split('\n')).toEqual([
      'group       F1',
      '-------  -----',
      'overall    0.5',
      'lang ja  1.000',
    ]);
  });
});
