// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carriers } from '@/lib/carriers/catalog';
import { TELECOM_WORDS } from '@/lib/carriers/context';
import { compileCarrierNames } from '@/lib/carriers/match';
import { nameIndexOf } from '@/lib/carriers/matcher-input';
import { buildNameTrie, type NameTrieNode, type Spelling } from '@/lib/carriers/name-spellings';
import { childOf, compileNameTrie, loadNameTrie, ROOT } from '@/lib/carriers/name-trie';

describe('the generated carrier names', () => {
  it('match the catalog (run `npx tsx scripts/build-carrier-names.ts` after editing the data)', () => {
    const generated = JSON.parse(readFileSync('lib/carriers/names.generated.json', 'utf8'));
    expect(generated).toStrictEqual(JSON.parse(JSON.stringify(compileCarrierNames(nameIndexOf(carriers())))));
  });

  it('carry names, aliases and matching rules but no notes or service numbers', () => {
    const [first] = nameIndexOf(carriers());
    expect(Object.keys(first ?? {})).not.toContain('notes');
    expect(Object.keys(first ?? {})).not.toContain('serviceNumbers');
    expect(first).toHaveProperty('aliases');
  });
});

describe('the written-out name tree', () => {
  it('reads back with every spelling at the same place, in the same order', () => {
    const built = buildNameTrie(nameIndexOf(carriers()), TELECOM_WORDS);
    const trie = loadNameTrie(JSON.parse(JSON.stringify(compileNameTrie(built))));
    let nodes = 0;
    const visit = (node: NameTrieNode, at: number) => {
      nodes++;
      const from = trie.spellingStart[at] ?? 0;
      const read: Spelling[] = trie.spellings.slice(from, trie.spellingStart[at + 1]);
      expect(read).toEqual(node.spellings);
      expect(trie.childCount[at]).toBe(node.next.size);
      for (const [code, child] of node.next) visit(child, childOf(trie, at, code));
    };
    visit(built, ROOT);
    expect(nodes).toBe(trie.code.length);
    expect(childOf(trie, ROOT, 0x1)).toBe(-1);
  });
});
