import * as z from 'zod/mini';
import { noteSchema } from '@/lib/carriers/schema';

/**
 * What a page must show for a general note to be worth reading; each tag names one flag of
 * `NoteContext` ("shortCodes" ↔ `hasShortCodes`).
 */
export const noteTagSchema = z.enum([
  'phones',
  'shortCodes',
  'fixedLines',
  'foreignNumbers',
  'esimSellers',
  'carriers',
]);

/** A note that is not about one carrier: how to write, dial and text numbers abroad, eSIMs, keeping a number. */
export const generalNoteSchema = z.extend(noteSchema, {
  // Marked for the same reason as in lib/carriers/schema: the content script imports this file.
  id: /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** The note applies when the page shows any of these. */
  appliesTo: /* @__PURE__ */ z.array(noteTagSchema).check(z.minLength(1)),
  /**
   * Where nothing was found, the tips shown are those for readers whose home region is one of these
   * (`"*"`: every reader).
   */
  homeRegions: z.optional(
    /* @__PURE__ */ z.array(z.string().check(z.regex(/^([A-Z]{2}|\*)$/))).check(z.minLength(1)),
  ),
});

export const generalNoteFileSchema = z.array(generalNoteSchema);

export type NoteTag = z.infer<typeof noteTagSchema>;
export type GeneralNote = z.infer<typeof generalNoteSchema>;
