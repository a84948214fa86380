import { matcherFor } from './match';
import type { CompiledNameTrie } from './name-trie';
import names from './names.generated.json';

/**
 * Carrier names in `text`, matched against the bundled catalog's names (read back once, on first
 * import). The names file is the prefix tree generated from the schema-checked catalog; a unit test
 * keeps it current.
 */
export const findCarriers = matcherFor(names as CompiledNameTrie);
