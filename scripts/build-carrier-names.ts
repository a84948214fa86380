/**
 * Writes lib/carriers/names.generated.json, the carrier names the matcher loads, from the
 * schema-checked catalog: the prefix tree of every name and telecom word, written out so the
 * background worker reads it back when it starts instead of building it. Run after editing lib/carriers/data:
 * `npx tsx scripts/build-carrier-names.ts` (a unit test fails while the file is out of date).
 */
import { writeFile } from 'node:fs/promises';
import { carriers } from '../lib/carriers/catalog';
import { compileCarrierNames } from '../lib/carriers/match';
import { nameIndexOf } from '../lib/carriers/matcher-input';

const compiled = compileCarrierNames(nameIndexOf(carriers()));
await writeFile('lib/carriers/names.generated.json', `${JSON.stringify(compiled)}\n`);
console.log(
  `wrote the names of ${carriers().length} carriers: ${compiled.spellings.length} spellings, ${compiled.childCounts.length} nodes`,
);
