import { describe, expect, it } from 'vitest';
import { plusReadings } from '@/lib/phone/international-prefix';

describe('plusReadings', () => {
  it.each([
    ['00852 2880 2688', [' +852 2880 2688']],
    ['011 44 20 7925 0918', ['  + 44 20 7925 0918']],
    ['0011 61 2 9374 4000', [' +11 61 2 9374 4000', '   + 61 2 9374 4000', '  +1 61 2 9374 4000']],
    ['(852) 2880 2688', ['+852  2880 2688']],
    ['2880 2688', []],
  ])('reads %s as %o, same length', (run, expected) => {
    const readings = plusReadings(run);
    expect(readings).toEqual(expected);
    for (const reading of readings) expect(reading.length).toBe(run.length);
  });
});
