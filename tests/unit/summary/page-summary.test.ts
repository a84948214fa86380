import { describe, expect, it } from 'vitest';
import type { CarrierFinding, PhoneFinding } from '@/lib/finding';
import {
  badgeText,
  type FrameSummary,
  findingKey,
  frameSummary,
  frameSummarySchema,
  summaryLimits as limits,
  mergeFrames,
  phoneKey,
} from '@/lib/summary/page-summary';

const mobile = (text: string): PhoneFinding => ({
  kind: 'phone',
  start: 0,
  end: text.length,
  text,
  e164: '+8613800138000',
  region: 'CN',
  type: 'MOBILE',
});
const shortCode: PhoneFinding = {
  kind: 'phone',
  start: 0,
  end: 5,
  text: '10086',
  e164: null,
  region: 'CN',
  type: 'SHORT_CODE',
  shortCode: '10086',
};
const chinaMobile: CarrierFinding = {
  kind: 'carrier',
  start: 0,
  end: 4,
  text: '中国移动',
  id: 'china-mobile',
  region: 'CN',
};

describe('findingKey', () => {
  it.each([
    ['a full number by E.164', mobile('138 0013 8000'), '+8613800138000'],
    ['a short code by region and digits', shortCode, 'CN:10086'],
    ['a carrier by id', chinaMobile, 'china-mobile'],
  ])('keys %s', (_name, finding, key) => {
    expect(findingKey(finding)).toBe(key);
  });
});

describe('frameSummary', () => {
  it('lists each number and carrier once with counts, the first spelling as sample', () => {
    expect(
      frameSummary([mobile('138 0013 8000'), chinaMobile, mobile('+86 13800138000'), shortCode]),
    ).toEqual({
      phones: [
        { e164: '+8613800138000', region: 'CN', type: 'MOBILE', count: 2, sample: '138 0013 8000' },
        { e164: null, shortCode: '10086', region: 'CN', type: 'SHORT_CODE', count: 1, sample: '10086' },
      ],
      carriers: [{ id: 'china-mobile', region: 'CN', count: 1 }],
      capped: false,
    });
  });

  it('leaves out a product only claimed for a carrier, keeping one a source ties to it', () => {
    const claimed: CarrierFinding = {
      ...chinaMobile,
      text: '远游卡',
      id: 'smartone',
      region: 'HK',
      product: 'unconfirmed',
    };
    const sourced: CarrierFinding = { ...chinaMobile, text: '全球通', product: 'confirmed' };
    expect(frameSummary([claimed, sourced]).carriers).toEqual([
      { id: 'china-mobile', region: 'CN', count: 1 },
    ]);
  });

  it('caps the list and says so', () => {
    const many = Array.from({ length: limits.entriesPerFrame + 5 }, (_, i) => ({
      ...mobile(`+1 650 555 ${String(1000 + i)}`),
      e164: `+1650555${String(1000 + i)}`,
    }));
    const report = frameSummary(many);
    expect([report.phones.length, report.capped]).toEqual([limits.entriesPerFrame, true]);
  });

  it('cuts long samples, so the report passes the schema the background checks it with', () => {
    const long = { ...mobile('9'.repeat(200)) };
    const report = frameSummary([long], 'CN');
    expect(report.phones[0]?.sample).toHaveLength(limits.sampleLength);
    expect(frameSummarySchema().safeParse(report).success).toBe(true);
  });
});

const top: FrameSummary = {
  phones: [
    { e164: '+85221234567', region: 'HK', type: 'FIXED_LINE', count: 1, sample: '2123 4567' },
    { e164: null, shortCode: '10086', region: 'CN', type: 'SHORT_CODE', count: 2, sample: '10086' },
  ],
  carriers: [{ id: 'china-mobile', region: 'CN', count: 1 }],
  capped: false,
};
const frame: FrameSummary = {
  phones: [
    { e164: '+8613800138000', region: 'CN', type: 'MOBILE', count: 1, sample: '+86 138 0013 8000' },
    { e164: '+85221234567', region: 'HK', type: 'FIXED_LINE', count: 4, sample: '+852 2123 4567' },
    { e164: null, shortCode: '10086', region: 'CN', type: 'SHORT_CODE', count: 1, sample: '10086' },
  ],
  carriers: [
    { id: 'china-mobile', region: 'CN', count: 2 },
    { id: 'csl', region: 'HK', count: 1 },
  ],
  capped: true,
};

describe('mergeFrames', () => {
  it('merges frames top first, once per number and carrier, adding counts', () => {
    const summary = mergeFrames(
      new Map([
        [12, frame],
        [0, top],
      ]),
    );
    expect(summary.phones.map((p) => [p.key, p.count, p.frameId, p.sample])).toEqual([
      ['+85221234567', 5, 0, '2123 4567'],
      ['CN:10086', 3, 0, '10086'],
      ['+8613800138000', 1, 12, '+86 138 0013 8000'],
    ]);
    expect(summary.carriers.map((c) => [c.id, c.count, c.frameId])).toEqual([
      ['china-mobile', 3, 0],
      ['csl', 1, 12],
    ]);
    expect(summary.capped).toBe(true);
  });

  it('does not change the reports it was given', () => {
    mergeFrames(
      new Map([
        [0, top],
        [1, top],
      ]),
    );
    expect(top.phones[0]?.count).toBe(1);
  });

  it('is empty for no frames', () => {
    expect(mergeFrames(new Map())).toEqual({ phones: [], carriers: [], capped: false });
  });
});

describe('phoneKey', () => {
  it.each([
    [{ e164: '+12025550123', region: 'US' }, '+12025550123'],
    [{ e164: null, shortCode: '611', region: 'US' }, 'US:611'],
    [{ e164: null, shortCode: '112', region: null }, '??:112'],
  ])('%j → %s', (phone, key) => {
    expect(phoneKey(phone)).toBe(key);
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [3, '3'],
    [99, '99'],
    [100, '99+'],
  ])('%i numbers → %j', (count, text) => {
    const phones = Array.from({ length: count }, (_, i) => ({
      key: `+1202555${String(i).padStart(4, '0')}`,
      e164: null,
      region: null,
      type: null,
      count: 1,
      sample: '',
      frameId: 0,
    }));
    expect(badgeText({ phones, carriers: [], capped: false })).toBe(text);
  });

  it('is empty for a tab without a summary', () => {
    expect(badgeText(null)).toBe('');
  });
});

describe('the page region', () => {
  it("travels with a frame's summary and is the top frame's in the merged summary", () => {
    const frames = new Map([
      [0, frameSummary([], 'HK')],
      [3, frameSummary([], 'CN')],
    ]);
    expect(frameSummary([], 'HK').pageRegion).toBe('HK');
    expect(mergeFrames(frames).pageRegion).toBe('HK');
  });
});
