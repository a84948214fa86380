import { describe, expect, it } from 'vitest';
import { carriers } from '@/lib/carriers/catalog';
import { originalCarrierEntry, rangeOwners } from '@/lib/carriers/original-carrier-entry';

const owners = rangeOwners(carriers());

describe('originalCarrierEntry', () => {
  it.each([
    ['+85251234567', 'en', { name: 'China Mobile Hong Kong', carrierId: 'cmhk' }],
    ['+85251234567', 'zh-Hans', { name: '中国移动香港', carrierId: 'cmhk' }],
    ['+85251234567', 'zh-Hant', { name: '中國移動香港', carrierId: 'cmhk' }],
    ['+8613800138000', 'zh-Hans', { name: '中国移动', carrierId: 'china-mobile' }],
    ['+85366123456', 'en', { name: 'CTM', carrierId: 'ctm' }],
  ] as const)('names the range of %s in %s as readers know it', (e164, language, expected) => {
    expect(originalCarrierEntry(e164, language, owners)).toEqual(expected);
  });

  it("keeps the range data's own name where no entry claims it", () => {
    expect(originalCarrierEntry('+447911123456', 'en', owners)).toEqual({ name: 'JT', carrierId: null });
  });

  it('says nothing where the data has no range', () => {
    expect(originalCarrierEntry('+16502530000', 'en', owners)).toBeNull();
  });
});
