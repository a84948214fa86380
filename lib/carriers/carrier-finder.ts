import { carrierFindersFor } from './match';
import type { CompiledNameTrie } from './name-trie';
import names from './names.generated.json';

/**
 * Carrier names in `text`, matched against the bundled catalog's names (read back once, on first
 * import). The names file is the prefix tree generated from the schema-checked catalog
 * (scripts/build-carrier-names.ts); a unit test keeps it current.
 *
 * Why not build the tree when the worker starts: measured on this project's 2-core machine, building
 * it from the catalog took 22–70 ms per start (the first, cold, at the top of that range) against
 * 0.4–7 ms to read the generated file back. The worker starts again after every idle period, and a
 * page's first findings wait for it, so the generated file stays.
 */
const finders = carrierFindersFor(names as CompiledNameTrie);

export const findCarriers = finders.find;
export const mayNameCarrier = finders.mayName;
