import { describe, expect, it } from 'vitest';
import { explainInput } from '@/lib/phone/explain-input';

describe('explainInput', () => {
  it.each([
    ['+86 138 0013 8000', { ok: true, e164: '+8613800138000' }],
    ['１３８ ００１３ ８０００', { ok: true, e164: '+8613800138000' }],
    ['+44 20 7925 0918', { ok: true, e164: '+442079250918' }],
    ['138001', { ok: false, reason: 'TOO_SHORT', region: 'CN' }],
    ['+86 1380013800011111', { ok: false, reason: 'TOO_LONG', region: 'CN' }],
    ['+999 1234567', { ok: false, reason: 'INVALID_COUNTRY' }],
    ['hello', { ok: false, reason: 'NOT_A_NUMBER' }],
    ['12345678', { ok: false, reason: 'NOT_VALID', region: 'CN' }],
  ])('%s → %o', (input, expected) => {
    expect(explainInput(input, 'CN')).toEqual(expected);
  });
});
