import { getCountries } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { supportedRegions } from '@/lib/phone/supported-regions';

describe('supportedRegions', () => {
  it('equals the regions libphonenumber-js supports', () => {
    expect([...supportedRegions].sort()).toEqual([...getCountries()].sort());
  });
});
