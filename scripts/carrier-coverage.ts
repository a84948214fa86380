/**
 * Prints what the carrier knowledge base covers: `npx tsx scripts/carrier-coverage.ts`.
 */
import { carriers } from '../lib/carriers/catalog';
import { generalNotes } from '../lib/notes/general';

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

const notes = carriers().flatMap((carrier) => carrier.notes);
/** A local name written in Latin letters ("Orange Polska", "Telia Eesti") is a spelling, not another script. */
const latinOnly = /^[\p{Script=Latin}\p{Script=Common}\p{Mark}]+$/u;
const regions = new Set(carriers().map((carrier) => carrier.region));

console.log(
  `carriers: ${carriers().length} in ${regions.size - (regions.has('global') ? 1 : 0)} countries + global`,
);
console.log(
  'by kind:',
  countBy(carriers(), (carrier) => carrier.kind),
);
console.log(`travel eSIM sellers: ${carriers().filter((carrier) => carrier.kind === 'esim-seller').length}`);
console.log(
  `with a local-script name: ${carriers().filter((carrier) => carrier.names.local !== undefined && !latinOnly.test(carrier.names.local)).length}` +
    `, with a local name of any script: ${carriers().filter((carrier) => carrier.names.local !== undefined).length}`,
);
console.log(`with notes: ${carriers().filter((carrier) => carrier.notes.length > 0).length}`);
console.log(
  `carrier notes: ${notes.length}, compared with their source on a stated day: ${notes.filter((note) => note.checked).length}`,
);
console.log(
  'by source:',
  countBy(notes, (note) => note.sourceKind),
);
console.log(
  'by topic:',
  countBy(notes, (note) => note.topic),
);
console.log(
  `service numbers: ${carriers().reduce((sum, carrier) => sum + carrier.serviceNumbers.length, 0)}`,
);
console.log(
  `general notes: ${generalNotes.length}`,
  countBy(generalNotes, (note) => note.topic),
);
