import { describe, expect, it } from 'vitest';
import { originalCarrier } from '@/lib/phone/original-carrier';

describe('originalCarrier', () => {
  it.each([
    ['+8613800138000', 'en', 'China Mobile'],
    ['+8613800138000', 'zh-CN', '中国移动'],
    ['+8613800138000', 'zh-TW', '中國移動'],
    ['+8613012345678', 'en', 'China Unicom'],
    ['+8613312345678', 'zh-Hans', '中国电信'],
    ['+85261234567', 'en', 'HKT'],
    ['+886912345678', 'en', 'Chunghwa Telecom'],
    ['+6582345678', 'en', 'StarHub'],
    ['+6591234567', 'en', 'SingTel'],
    ['+85366123456', 'en', 'CTM'],
    ['+447400123456', 'en', 'Three'],
    ['+85228802688', 'en', null],
    ['+12125550123', 'en', null],
  ])('%s in %s → %s', (e164, locale, expected) => {
    expect(originalCarrier(e164, locale)).toBe(expected);
  });
});
