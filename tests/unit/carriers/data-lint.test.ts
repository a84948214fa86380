// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CountryCode, getCountryCallingCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { carrierById, carrierFileNames } from '@/lib/carriers/catalog';
import { readersCarrierIds } from '@/lib/carriers/readers-carriers';
import { type Carrier, carrierFileSchema, questions } from '@/lib/carriers/schema';
import { rangeNamesOf } from '@/lib/phone/original-carrier';

const dataDir = fileURLToPath(new URL('../../../lib/carriers/data/', import.meta.url));
const fileNames = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

function readRaw(fileName: string): unknown {
  return JSON.parse(readFileSync(`${dataDir}${fileName}`, 'utf8'));
}

// Parsed per file so one broken file is reported by name instead of hiding the others' checks.
const parsedFiles = fileNames.map((fileName) => {
  const result = carrierFileSchema.safeParse(readRaw(fileName));
  return { fileName, entries: result.success ? result.data : [] };
});
const allCarriers: Carrier[] = parsedFiles.flatMap((file) => file.entries);

/** How the matcher compares Latin names: case and runs of whitespace do not matter. */
function normalizeTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase();
}

function namesOf(carrier: Carrier): string[] {
  const { en, zhHans, zhHant, local } = carrier.names;
  return [en, zhHans, zhHant, ...(local === undefined ? [] : [local])];
}

/** Every distinct string the matcher will look for; the names may repeat each other. */
function termsOf(carrier: Carrier): Set<string> {
  return new Set([...namesOf(carrier), ...carrier.aliases].map(normalizeTerm));
}

/** Too common to be a carrier's name or alias (移动支付, 联通性, 电信诈骗): they are `shortForms`, read in context. */
const forbiddenTerms = ['移动', '联通', '电信', '移動', '聯通', '電信'];

/** Every carrier in the reference fact sheet, by the sheet's id. */
const referenceIds = [
  'smartone',
  'csl',
  'three-hk',
  'cmhk',
  'cmlink',
  'ultra-mobile',
  'tello',
  'us-mobile',
  'google-voice',
  'giffgaff',
  'airalo',
  'holafly',
  'nomad',
  'ubigi',
  'google-fi',
  'att',
  'verizon',
  't-mobile-us',
  'china-mobile',
  'china-unicom',
  'china-telecom',
  'chunghwa-telecom',
  'taiwan-mobile',
  'far-eastone',
  'ntt-docomo',
  'au-kddi',
  'softbank',
  'rakuten-mobile',
  'sk-telecom',
  'kt',
  'lg-uplus',
  'singtel',
  'starhub',
  'm1',
  'smart-ph',
  'globe',
  'ais',
  'true-dtac',
  'viettel',
  'vodafone',
  'ee',
  'o2-uk',
  'three-uk',
  'telstra',
  'optus',
  'rogers',
  'bell',
  'telus',
  'deutsche-telekom',
  'orange',
] as const;

/** Reference ids that became a different catalog id, because the bare brand spans several countries. */
const catalogIdForReference: Readonly<Record<string, string>> = {
  vodafone: 'vodafone-uk',
  orange: 'orange-fr',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const today = new Date().toISOString().slice(0, 10);

describe('carrier data files', () => {
  it.each(fileNames)('%s parses with the carrier schema', (fileName) => {
    const result = carrierFileSchema.safeParse(readRaw(fileName));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('are all imported by the catalog', () => {
    expect([...carrierFileNames].sort()).toEqual(fileNames);
  });

  it.each(parsedFiles)('$fileName holds only entries of its own region', ({ fileName, entries }) => {
    const region = fileName === 'global.json' ? 'global' : fileName.replace('.json', '').toUpperCase();
    expect(entries.filter((carrier) => carrier.region !== region).map((carrier) => carrier.id)).toEqual([]);
  });

  it.each(parsedFiles)('$fileName is sorted by id', ({ entries }) => {
    const ids = entries.map((carrier) => carrier.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('carrier entries', () => {
  it('use ISO 3166-1 alpha-2 regions or "global"', () => {
    const invalid = [...new Set(allCarriers.map((carrier) => carrier.region))].filter(
      (region) => region !== 'global' && regionNames.of(region) === undefined,
    );
    expect(invalid).toEqual([]);
  });

  it('have ids unique across all files', () => {
    const ids = allCarriers.map((carrier) => carrier.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('share no name or alias with another carrier', () => {
    const owners = new Map<string, string[]>();
    for (const carrier of allCarriers) {
      for (const term of termsOf(carrier)) owners.set(term, [...(owners.get(term) ?? []), carrier.id]);
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.length > 1)
      .map(([term, ids]) => `${term}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('write each short form and product name once, and as no carrier’s name or alias', () => {
    const named = new Set(allCarriers.flatMap((carrier) => [...termsOf(carrier)]));
    const written = allCarriers.flatMap((carrier) =>
      [...(carrier.shortForms ?? []), ...(carrier.products ?? []).flatMap((product) => product.names)].map(
        (term) => ({ id: carrier.id, term: normalizeTerm(term) }),
      ),
    );
    const problems = written.flatMap(({ id, term }, index) => [
      ...(named.has(term) ? [`${id}: ${term} is also a name or alias`] : []),
      ...(written.findIndex((other) => other.term === term) !== index
        ? [`${id}: ${term} is listed twice`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('list no alias twice or again as a name', () => {
    const repeated = allCarriers.flatMap((carrier) => {
      const names = new Set(namesOf(carrier).map(normalizeTerm));
      const aliases = carrier.aliases.map(normalizeTerm);
      return aliases
        .filter((alias, index) => names.has(alias) || aliases.indexOf(alias) !== index)
        .map((alias) => `${carrier.id}: ${alias}`);
    });
    expect(repeated).toEqual([]);
  });

  it('mark as ambiguous only their own names and aliases', () => {
    const strays = allCarriers.flatMap((carrier) => {
      const own = new Set([...namesOf(carrier), ...carrier.aliases]);
      return carrier.ambiguous.filter((term) => !own.has(term)).map((term) => `${carrier.id}: ${term}`);
    });
    expect(strays).toEqual([]);
  });

  it('share only names that one entry of another region owns', () => {
    const owners = new Map<string, Carrier[]>();
    for (const carrier of allCarriers) {
      for (const term of termsOf(carrier)) owners.set(term, [...(owners.get(term) ?? []), carrier]);
    }
    const problems = allCarriers.flatMap((carrier) =>
      (carrier.sharedNames ?? []).flatMap((name) => {
        const owner = owners.get(normalizeTerm(name)) ?? [];
        if (owner.length !== 1) return [`${carrier.id}: ${name} has ${owner.length} owners`];
        if (owner[0]?.region === carrier.region) return [`${carrier.id}: ${name} is owned in its own region`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('let one entry per region answer to a shared name', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const carrier of allCarriers) {
      for (const name of carrier.sharedNames ?? []) {
        const key = `${carrier.region}:${normalizeTerm(name)}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) twice.push(`${key}: ${earlier}, ${carrier.id}`);
        seen.set(key, carrier.id);
      }
    }
    expect(twice).toEqual([]);
  });

  it('list look-alike words that contain one of their own names', () => {
    const strays = allCarriers.flatMap((carrier) => {
      const terms = [...termsOf(carrier)];
      return (carrier.lookalikes ?? [])
        .map((entry) => (typeof entry === 'string' ? entry : entry.word))
        .filter((word) => !terms.some((term) => normalizeTerm(word).includes(term)))
        .map((word) => `${carrier.id}: ${word}`);
    });
    expect(strays).toEqual([]);
  });

  it('claim only range names the prefix data uses for their region, one entry per name', () => {
    const claimed = new Map<string, string>();
    for (const carrier of allCarriers) {
      const names = carrier.rangeNames ?? [];
      if (names.length === 0) continue;
      const known = new Set(rangeNamesOf(getCountryCallingCode(carrier.region as CountryCode)));
      for (const name of names) {
        expect(known, `${carrier.id} claims "${name}"`).toContain(name);
        const key = `${carrier.region} ${name}`;
        expect(claimed.get(key), `"${key}" claimed twice`).toBeUndefined();
        claimed.set(key, carrier.id);
      }
    }
    expect(claimed.size).toBeGreaterThan(50);
  });

  it.each(forbiddenTerms)('never use the bare word %s as a name or alias', (word) => {
    const users = allCarriers.filter((carrier) => termsOf(carrier).has(word)).map((carrier) => carrier.id);
    expect(users).toEqual([]);
  });

  it('date every check and every source no later than today', () => {
    const future = allCarriers.flatMap((carrier) =>
      carrier.notes
        .filter((note) => (note.checked ?? '') > today || (note.sourceDate ?? '') > today)
        .map((note) => `${carrier.id}: ${note.checked ?? note.sourceDate}`),
    );
    expect(future).toEqual([]);
  });

  it('never list a question both as answered by a note and as unanswered', () => {
    const both = allCarriers.flatMap((carrier) => {
      const answered = new Set(carrier.notes.flatMap((note) => note.answers ?? []));
      return (carrier.unanswered ?? [])
        .filter((question) => answered.has(question))
        .map((q) => `${carrier.id}: ${q}`);
    });
    expect(both).toEqual([]);
  });

  it('list each question once per note and once in unanswered', () => {
    const repeated = allCarriers.flatMap((carrier) =>
      [...carrier.notes.map((note) => note.answers ?? []), carrier.unanswered ?? []]
        .filter((list) => new Set(list).size !== list.length)
        .map((list) => `${carrier.id}: ${list.join(',')}`),
    );
    expect(repeated).toEqual([]);
  });

  it('end an offer no earlier than its source says it began', () => {
    const backwards = allCarriers.flatMap((carrier) =>
      carrier.notes
        .filter(
          (note) =>
            note.validUntil !== undefined &&
            note.sourceDate !== undefined &&
            note.validUntil < note.sourceDate,
        )
        .map((note) => `${carrier.id}: ${note.sourceDate} → ${note.validUntil}`),
    );
    expect(backwards).toEqual([]);
  });

  it('source every note over https in all three languages', () => {
    const incomplete = allCarriers.flatMap((carrier) =>
      carrier.notes
        .filter(
          (note) =>
            !note.source.startsWith('https://') || Object.values(note.text).some((text) => !text.trim()),
        )
        .map((note) => `${carrier.id}: ${note.source}`),
    );
    expect(incomplete).toEqual([]);
  });
});

describe('carrier coverage', () => {
  it("answers at least 60 % of the six questions from a source for the readers' carriers, and says which have none", () => {
    const readers = readersCarrierIds.map((id) => carrierById(id));
    expect(readers.every((carrier) => carrier !== undefined)).toBe(true);
    const answered = readers.flatMap((carrier) =>
      questions.filter((question) => carrier?.notes.some((note) => note.answers?.includes(question))),
    );
    expect(answered.length / (readers.length * questions.length)).toBeGreaterThanOrEqual(0.6);
    for (const carrier of readers) {
      const listed = new Set([
        ...(carrier?.unanswered ?? []),
        ...(carrier?.notes.flatMap((n) => n.answers ?? []) ?? []),
      ]);
      expect([...listed].sort(), carrier?.id).toEqual([...questions].sort());
    }
  });

  it('reaches at least 150 carriers in at least 40 regions', () => {
    const regions = new Set(allCarriers.map((carrier) => carrier.region));
    expect({ carriers: allCarriers.length >= 150, regions: regions.size >= 40 }).toEqual({
      carriers: true,
      regions: true,
    });
  });

  it.each(referenceIds)('includes reference carrier %s', (referenceId) => {
    expect(carrierById(catalogIdForReference[referenceId] ?? referenceId)).toBeDefined();
  });
});
