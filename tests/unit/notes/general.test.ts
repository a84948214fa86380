import { describe, expect, it } from 'vitest';
import { generalNotes, type NoteContext, notesFor } from '@/lib/notes/general';
import generalNotesJson from '@/lib/notes/general.json';
import { type GeneralNote, generalNoteFileSchema, generalNoteSchema } from '@/lib/notes/schema';

const NOTHING_FOUND: NoteContext = {
  homeRegion: 'CN',
  hasPhones: false,
  hasShortCodes: false,
  hasFixedLines: false,
  hasForeignNumbers: false,
  hasEsimSellers: false,
  hasCarriers: false,
};

function note(id: string, appliesTo: GeneralNote['appliesTo']): GeneralNote {
  return {
    id,
    appliesTo,
    topic: 'service',
    text: { en: id, zhHans: id, zhHant: id },
    source: 'https://example.org/',
    sourceKind: 'third-party',
  };
}

describe('general notes data', () => {
  it('parses with the schema', () => {
    expect(generalNoteFileSchema.safeParse(generalNotesJson).success).toBe(true);
  });

  it('has unique ids', () => {
    const ids = generalNotes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(generalNotes.map((n) => [n.id, n] as const))(
    '%s has text in every language and an https source',
    (_id, n) => {
      expect(Object.keys(n.text).sort()).toEqual(['en', 'zhHans', 'zhHant']);
      expect(n.source.startsWith('https://')).toBe(true);
    },
  );

  it('covers every topic', () => {
    expect(new Set(generalNotes.map((n) => n.topic))).toEqual(
      new Set(['roaming', 'sms', 'esim', 'keepNumber', 'service']),
    );
  });
});

describe('generalNoteSchema', () => {
  it.each([
    ['an id that is not kebab-case', { ...note('x', ['phones']), id: 'Not Kebab' }],
    ['no appliesTo tags', note('x', [])],
    ['an unknown tag', { ...note('x', ['phones']), appliesTo: ['fax'] }],
    ['an http source', { ...note('x', ['phones']), source: 'http://example.org/' }],
    ['an unknown field', { ...note('x', ['phones']), extra: true }],
  ])('rejects a note with %s', (_label, value) => {
    expect(generalNoteSchema.safeParse(value).success).toBe(false);
  });
});

describe('notesFor', () => {
  const notes = [
    note('plus-sign', ['phones', 'foreignNumbers']),
    note('short-codes', ['shortCodes']),
    note('landlines', ['fixedLines']),
    note('esim', ['esimSellers']),
    note('keep-number', ['carriers']),
  ];

  it.each<[string, Partial<NoteContext>, string[]]>([
    ['nothing found', {}, []],
    ['phones only', { hasPhones: true }, ['plus-sign']],
    ['foreign numbers only', { hasForeignNumbers: true }, ['plus-sign']],
    ['short codes', { hasShortCodes: true }, ['short-codes']],
    ['fixed lines and phones', { hasFixedLines: true, hasPhones: true }, ['plus-sign', 'landlines']],
    ['eSIM sellers', { hasEsimSellers: true }, ['esim']],
    ['carriers', { hasCarriers: true }, ['keep-number']],
    [
      'everything',
      {
        hasPhones: true,
        hasShortCodes: true,
        hasFixedLines: true,
        hasForeignNumbers: true,
        hasEsimSellers: true,
        hasCarriers: true,
      },
      ['plus-sign', 'short-codes', 'landlines', 'esim', 'keep-number'],
    ],
  ])('selects in file order when the page has %s', (_label, found, expected) => {
    expect(notesFor({ ...NOTHING_FOUND, ...found }, notes).map((n) => n.id)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['a reader from Hong Kong', 'HK', ['for-everyone', 'from-hong-kong']],
    ['a reader from Taiwan', 'TW', ['for-everyone']],
  ])(
    'gives %s the tips for their home region on a page with nothing found',
    (_label, homeRegion, expected) => {
      const tips = [
        { ...note('for-everyone', ['phones']), homeRegions: ['*'] },
        { ...note('from-hong-kong', ['foreignNumbers']), homeRegions: ['HK'] },
        note('no-home-tip', ['carriers']),
      ];
      expect(notesFor({ ...NOTHING_FOUND, homeRegion }, tips).map((n) => n.id)).toEqual(expected);
    },
  );

  it('gives every reader some bundled tips on a page with nothing found', () => {
    expect(notesFor({ ...NOTHING_FOUND, homeRegion: 'DE' }).length).toBeGreaterThan(0);
  });

  it('selects from the bundled notes by default', () => {
    const selected = notesFor({ ...NOTHING_FOUND, hasEsimSellers: true });
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every((n) => n.appliesTo.includes('esimSellers'))).toBe(true);
  });
});
