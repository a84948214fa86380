import { describe, expect, it } from 'vitest';
import { carriers } from '@/lib/carriers/catalog';
import { shortCodeOwner } from '@/lib/carriers/short-code-owner';

describe('shortCodeOwner', () => {
  it('gives 10086 to China Mobile with the lines it lists for callers abroad', () => {
    const owner = shortCodeOwner('10086', 'CN', carriers());
    expect(owner?.carrier.id).toBe('china-mobile');
    expect(owner?.fromAbroad.map((line) => line.number)).toContain('+86 13800100186');
    expect(owner?.fromAbroad.every((line) => line.from === 'abroad' || line.from === 'anywhere')).toBe(true);
  });

  it('finds no owner for a code in another region or one no carrier lists', () => {
    expect(shortCodeOwner('10086', 'HK', carriers())).toBeNull();
    expect(shortCodeOwner('110', 'CN', carriers())).toBeNull();
  });
});
