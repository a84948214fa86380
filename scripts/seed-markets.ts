/**
 * Every carrier mark in a folder of articles, and the ones outside the markets they are about:
 *
 *   npx tsx scripts/seed-markets.ts <folder> [--markets CN,HK,US]
 *
 * Each .txt or .md file is read block by block (blank lines between), as a zh-CN page would be sent,
 * the way tests/unit/carriers/seeds.test.ts reads the test articles. Travel-eSIM sellers for any
 * country ("global") belong to every market. Prints one line per article and exits 1 when a mark
 * falls outside the markets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { findingsInText } from '../lib/finders';
import type { CarrierFinding } from '../lib/finding';

const argsSchema = z.object({
  folder: z.string().check(
    z.minLength(1),
    z.refine((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true, 'not a folder'),
  ),
  markets: z.array(z.string().check(z.regex(/^[A-Z]{2}$/, 'a market is a region code such as CN'))),
});

function parseArgs(argv: readonly string[]) {
  const at = argv.indexOf('--markets');
  const markets = at >= 0 ? (argv[at + 1] ?? '').split(',') : ['CN', 'HK', 'MO', 'TW', 'US'];
  const folder = argv.find((arg, index) => !arg.startsWith('--') && (at < 0 || index !== at + 1)) ?? '';
  const parsed = argsSchema.safeParse({ folder, markets });
  if (!parsed.success) {
    console.error(
      `usage: npx tsx scripts/seed-markets.ts <folder> [--markets CN,HK,US]\n${z.prettifyError(parsed.error)}`,
    );
    process.exit(2);
  }
  return parsed.data;
}

const { folder, markets } = parseArgs(process.argv.slice(2));
let outside = 0;
for (const file of readdirSync(folder)
  .filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md')
  .sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  const carriers = text
    .split(/\n\s*\n/)
    .flatMap((block) => findingsInText(block, 'CN', { lang: 'zh-CN' }))
    .filter((finding): finding is CarrierFinding => finding.kind === 'carrier');
  const strays = carriers.filter((f) => f.region !== 'global' && !markets.includes(f.region));
  outside += strays.length;
  const names = [...new Set(carriers.map((f) => `${f.text}=${f.id}${f.product ? ` (${f.product})` : ''}`))];
  console.log(
    `${file}: ${carriers.length} marks [${names.join(', ')}]` +
      (strays.length > 0
        ? `; outside ${markets.join('/')}: ${strays.map((f) => `${f.text}=${f.id}`).join(', ')}`
        : ''),
  );
}
console.log(`${outside} marks outside the markets ${markets.join(', ')} (and global sellers)`);
process.exit(outside > 0 ? 1 : 0);
