// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = 'tests/fixtures/cli';
const tsx = join('node_modules', '.bin', 'tsx');

function scan(args: string[], input?: string) {
  const run = spawnSync(tsx, ['lib/cli/scan.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Each fixture `NAME.txt|html` has its expected output in `NAME.jsonl`; `NAME.args` holds extra flags. */
const goldenCases = readdirSync(fixtures)
  .filter((name) => /\.(txt|html)$/.test(name))
  .map((name) => {
    const stem = name.replace(/\.\w+$/, '');
    const argsFile = join(fixtures, `${stem}.args`);
    const args = readdirSync(fixtures).includes(`${stem}.args`)
      ? readFileSync(argsFile, 'utf8').trim().split(/\s+/)
      : [];
    return { name, args, expected: readFileSync(join(fixtures, `${stem}.jsonl`), 'utf8') };
  });

// Each case starts the CLI in its own Node process, which takes a second or more on a busy machine.
describe('scan CLI', { timeout: 30_000 }, () => {
  it.each(goldenCases)('prints the golden findings for $name', ({ name, args, expected }) => {
    const run = scan([...args, join(fixtures, name)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected);
  });

  it('prints offsets that index the input text exactly', () => {
    for (const { name, args } of goldenCases.filter((c) => c.name.endsWith('.txt'))) {
      const text = readFileSync(join(fixtures, name), 'utf8');
      const lines = scan([...args, join(fixtures, name)])
        .stdout.trim()
        .split('\n');
      for (const finding of lines.map((line) => JSON.parse(line))) {
        expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      }
    }
  });

  it('reads standard input when given "-"', () => {
    const run = scan(['--region', 'CN', '-'], '请拨打13800138000咨询');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      kind: 'phone',
      start: 3,
      end: 14,
      e164: '+8613800138000',
    });
  });

  it('prints nothing and exits 0 when nothing is found', () => {
    expect(scan(['--region', 'US', '-'], 'no numbers here')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it.each([
    [['--region', 'XX', '-'], /unknown region "XX"/],
    [['--colour', '-'], /Unknown option '--colour'/],
    [['tests/fixtures/cli/missing.txt'], /cannot read tests\/fixtures\/cli\/missing.txt: ENOENT/],
  ])('exits 2 with one line on stderr for %j', (args, message) => {
    const run = scan(args, '');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
