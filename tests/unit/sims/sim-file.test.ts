import { describe, expect, it } from 'vitest';
import type { Sim } from '@/lib/sims/sim';
import { mergeSims, readSimsFile, simsFileText } from '@/lib/sims/sim-file';

const sim = (id: string, label = id): Sim => ({
  id,
  carrierId: 'ultra-mobile',
  number: '+12015550123',
  label,
  kind: 'prepaid',
  lastActive: '2026-11-01',
  keepDays: 30,
});

describe('readSimsFile', () => {
  it('reads back what was exported', () => {
    const sims = [sim('a'), { ...sim('b'), carrierId: 'other', otherName: 'Local' }];
    expect(readSimsFile(simsFileText(sims))).toEqual({ ok: true, sims });
  });

  it.each([
    ['text that is not JSON', '{"format": "dialwise-sims",', { ok: false, problem: 'not-json' }],
    [
      'another format',
      JSON.stringify({ format: 'contacts', version: 1, sims: [] }),
      { ok: false, problem: 'not-sims-file' },
    ],
    [
      'a later version',
      JSON.stringify({ format: 'dialwise-sims', version: 2, sims: [] }),
      { ok: false, problem: 'not-sims-file' },
    ],
    ['a bare list', JSON.stringify([sim('a')]), { ok: false, problem: 'not-sims-file' }],
    [
      'one bad SIM among good ones',
      JSON.stringify({
        format: 'dialwise-sims',
        version: 1,
        sims: [sim('a'), { ...sim('b'), kind: 'pager' }],
      }),
      { ok: false, problem: 'bad-entry', entry: 2 },
    ],
    [
      'two SIMs with one id',
      JSON.stringify({ format: 'dialwise-sims', version: 1, sims: [sim('a'), sim('b'), sim('a')] }),
      { ok: false, problem: 'bad-entry', entry: 3 },
    ],
    ['a file far too large', ' '.repeat(300_000), { ok: false, problem: 'too-large' }],
  ])('rejects %s as a whole', (_name, text, expected) => {
    expect(readSimsFile(text)).toEqual(expected);
  });
});

describe('mergeSims', () => {
  it('replaces a SIM with the same id and adds the new ones after the held ones', () => {
    const merged = mergeSims([sim('a', 'old'), sim('b')], [sim('c'), sim('a', 'new')]);
    expect(merged?.map((held) => `${held.id}:${held.label}`)).toEqual(['a:new', 'b:b', 'c:c']);
  });

  it('refuses a merge past the limit', () => {
    const many = Array.from({ length: 50 }, (_, index) => sim(`h${index}`));
    expect(mergeSims(many, [sim('extra')])).toBeNull();
  });
});
