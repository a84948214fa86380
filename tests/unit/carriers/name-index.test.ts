// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carriers } from '@/lib/carriers/catalog';
import { nameIndexOf } from '@/lib/carriers/name-index';

describe('the generated carrier names', () => {
  it('match the catalog (run `npx tsx scripts/build-carrier-names.ts` after editing the data)', () => {
    const generated = JSON.parse(readFileSync('lib/carriers/names.generated.json', 'utf8'));
    expect(generated).toEqual(nameIndexOf(carriers));
  });

  it('carry names, aliases and matching rules but no notes or service numbers', () => {
    const [first] = nameIndexOf(carriers);
    expect(Object.keys(first ?? {})).not.toContain('notes');
    expect(Object.keys(first ?? {})).not.toContain('serviceNumbers');
    expect(first).toHaveProperty('aliases');
  });
});
