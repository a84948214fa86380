import { describe, expect, it } from 'vitest';
import { parseScanArgs } from '@/lib/cli/args';

describe('parseScanArgs', () => {
  it.each([
    [[], { input: '-' }],
    [['page.html'], { input: 'page.html' }],
    [['--region', 'hk', 'a.txt'], { region: 'HK', input: 'a.txt' }],
    [['--region=CN', '-'], { region: 'CN', input: '-' }],
  ])('reads %j', (argv, expected) => {
    expect(parseScanArgs(argv)).toEqual({ ok: true, args: expected });
  });

  it.each([
    [['--region', 'XX'], /unknown region "XX"/],
    [['--region', 'china'], /unknown region "CHINA"/],
    [['--verbose'], /Unknown option '--verbose'/],
    [['a.txt', 'b.txt'], /one input at a time/],
    [['--region'], /argument missing/],
  ])('refuses %j with a one-line message', (argv, message) => {
    const parsed = parseScanArgs(argv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(message);
    expect(parsed.message).not.toContain('\n');
  });
});
