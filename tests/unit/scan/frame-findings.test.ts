import { describe, expect, it } from 'vitest';
import type { CarrierFinding, PhoneFinding } from '@/lib/finding';
import { findingKey, frameSummary, summaryLimits as limits } from '@/lib/summary/page-summary';

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

  it('caps the list and says so', () => {
    const many = Array.from({ length: limits.entriesPerFrame + 5 }, (_, i) => ({
      ...mobile(`+1 650 555 ${String(1000 + i)}`),
      e164: `+1650555${String(1000 + i)}`,
    }));
    const report = frameSummary(many);
    expect([report.phones.length, report.capped]).toEqual([limits.entriesPerFrame, true]);
  });

  it('leaves out entries the message schema refuses and cuts long samples', () => {
    const odd = { ...mobile('x'.repeat(200)), e164: 'not-a-number' };
    const long = { ...mobile('9'.repeat(200)) };
    const report = frameSummary([odd, long]);
    expect(report.phones).toHaveLength(1);
    expect(report.phones[0]?.sample).toHaveLength(limits.sampleLength);
  });
});
