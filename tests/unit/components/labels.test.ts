import { describe, expect, it } from 'vitest';
import { flagOf } from '@/components/labels';

describe('flagOf', () => {
  it.each([
    ['CN', '🇨🇳'],
    ['GB', '🇬🇧'],
    ['global', '🌐'],
    ['001', '🌐'],
    [null, '🌐'],
  ])('%s → %s', (region, flag) => {
    expect(flagOf(region)).toBe(flag);
  });
});
