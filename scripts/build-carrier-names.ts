/**
 * Writes lib/carriers/names.generated.json, the carrier names the content script matches, from the
 * schema-checked catalog. Run after editing lib/carriers/data: `npx tsx scripts/build-carrier-names.ts`
 * (a unit test fails while the file is out of date).
 */
import { writeFile } from 'node:fs/promises';
import { carriers } from '../lib/carriers/catalog';
import { nameIndexOf } from '../lib/carriers/name-index';

const index = nameIndexOf(carriers);
await writeFile('lib/carriers/names.generated.json', `${JSON.stringify(index)}\n`);
console.log(`wrote the names of ${index.length} carriers`);
