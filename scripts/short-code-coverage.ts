/**
 * Prints what the short-code data covers: `npx tsx scripts/short-code-coverage.ts`.
 */
import { shortCodeEntries } from '../lib/phone/short-code-catalog';
import { shortCodeCoverage } from '../lib/phone/short-code-coverage';

const coverage = shortCodeCoverage(shortCodeEntries);

console.log(`short codes: ${coverage.codes} in ${coverage.regions} regions`);
console.log('by kind:', coverage.byKind);
console.log('by source:', coverage.bySource);
console.log(`with carrierId: ${coverage.withCarrier}`);
console.log(
  `with fromAbroad (what a source says of calling from abroad or roaming): ${coverage.withFromAbroad}`,
);
console.log(
  'codes per region:',
  coverage.perRegion.map(([region, codes]) => `${region} ${codes}`).join(', '),
);
