/**
 * `npm run --silent scan -- [--region CC] [FILE | -]`: the numbers and carriers in a text or HTML
 * file as JSON Lines, one finding per line in document order (the contract in DESIGN.md).
 */
import { readFile } from 'node:fs/promises';
import type { CountryCode } from 'libphonenumber-js/max';
import { findingsInText } from '@/lib/finders';
import type { Finding } from '@/lib/finding';
import { regionForPage } from '@/lib/phone/page-region';
import { parseScanArgs } from './args';
import { findingsInPage, parsePage } from './findings-in';

/** Region for national numbers when neither --region nor the page says: the CLI has no user. */
const fallbackRegion: CountryCode = 'US';

function fail(message: string): never {
  process.stderr.write(`scan: ${message}\n`);
  process.exit(2);
}

async function readInput(input: string): Promise<string> {
  try {
    if (input !== '-') return await readFile(input, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return fail(`cannot read ${input === '-' ? 'standard input' : input}: ${reason}`);
  }
}

/** One JSON object per finding, keys in the contract's order. */
function toLine(finding: Finding): string {
  if (finding.kind === 'carrier') {
    const { kind, start, end, text, id, region, product } = finding;
    return JSON.stringify({ kind, start, end, text, id, region, product });
  }
  const { kind, start, end, text, e164, region, type, shortCode, ext } = finding;
  return JSON.stringify({ kind, start, end, text, e164, region, type, shortCode, ext });
}

async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseScanArgs(argv);
  if (!parsed.ok) fail(parsed.message);
  const { region: flagRegion, input } = parsed.args;
  const source = await readInput(input);
  let findings: Finding[];
  if (/\.html?$/i.test(input)) {
    const page = parsePage(source);
    const region =
      (flagRegion as CountryCode | undefined) ??
      regionForPage({ lang: page.documentElement.lang, hostname: '', homeRegion: fallbackRegion }).region;
    const result = findingsInPage(source, page, region);
    if (result.unplaced > 0)
      process.stderr.write(`scan: ${result.unplaced} findings left out: not found in the source\n`);
    findings = result.findings;
  } else {
    findings = findingsInText(source, (flagRegion as CountryCode | undefined) ?? fallbackRegion);
  }
  process.stdout.write(findings.map((finding) => `${toLine(finding)}\n`).join(''));
}

await main(process.argv.slice(2));
