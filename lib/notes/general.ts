import generalNotesJson from './general.json';
import { type GeneralNote, generalNoteFileSchema, type NoteTag } from './schema';

/** What the scan found on a page, as far as general notes care, and where the reader is from. */
export interface NoteContext {
  homeRegion: string;
  hasPhones: boolean;
  hasShortCodes: boolean;
  hasFixedLines: boolean;
  hasForeignNumbers: boolean;
  hasEsimSellers: boolean;
  hasCarriers: boolean;
}

const FLAG_OF_TAG: Record<NoteTag, keyof NoteContext> = {
  phones: 'hasPhones',
  shortCodes: 'hasShortCodes',
  fixedLines: 'hasFixedLines',
  foreignNumbers: 'hasForeignNumbers',
  esimSellers: 'hasEsimSellers',
  carriers: 'hasCarriers',
};

/** The bundled notes; a malformed file fails loudly at build and test time, not on a page. */
export const generalNotes: readonly GeneralNote[] = generalNoteFileSchema.parse(generalNotesJson);

/**
 * The notes that apply to a page, in file order (the file lists the most useful first): those with
 * at least one `appliesTo` tag whose flag is set. A page with nothing found gets the tips for
 * readers from the reader's home region.
 */
export function notesFor(context: NoteContext, notes: readonly GeneralNote[] = generalNotes): GeneralNote[] {
  const foundAnything = Object.values(FLAG_OF_TAG).some((flag) => context[flag]);
  return notes.filter((note) =>
    foundAnything
      ? note.appliesTo.some((tag) => context[FLAG_OF_TAG[tag]])
      : (note.homeRegions ?? []).some((region) => region === '*' || region === context.homeRegion),
  );
}
