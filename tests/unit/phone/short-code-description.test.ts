import { describe, expect, it } from 'vitest';
import { carriers } from '@/lib/carriers/catalog';
import { shortCodeEntriesFor } from '@/lib/phone/short-code-catalog';
import { describeShortCode } from '@/lib/phone/short-code-description';

const describeCode = (code: string, region: string) =>
  describeShortCode(shortCodeEntriesFor(code, region), code, region, carriers());

describe('describeShortCode', () => {
  it('names China Mobile for 10086, with what its page says of calling from abroad and its roaming lines', () => {
    const { services, owner } = describeCode('10086', 'CN');
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({
      kind: 'carrier-hotline',
      carrier: { id: 'china-mobile' },
      sourceKind: 'carrier',
    });
    expect(services[0]?.fromAbroad?.en).toContain('+86 13800100186');
    expect(owner?.fromAbroad.map((line) => line.number)).toContain('+86 13800100186');
  });

  it('gives each carrier that answers 157 in Japan, named from the carrier data', () => {
    const names = describeCode('157', 'JP').services.map((service) => service.carrier?.names.en);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
  });

  it('says nothing of calling from abroad for a code whose source does not', () => {
    const { services, owner } = describeCode('17', 'FR');
    expect(services.map((service) => [service.kind, service.carrier, service.fromAbroad])).toEqual([
      ['emergency', null, null],
    ]);
    expect(owner).toBeNull();
  });

  it('knows nothing of a code no file lists', () => {
    expect(describeCode('36179', 'FR')).toEqual({ services: [], owner: null });
  });
});
