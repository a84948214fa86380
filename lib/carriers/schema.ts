// zod/mini rather than zod: the full build compiles object parsers with `Function`, which the
// extension's CSP forbids and Firefox's add-on linter reports (DANGEROUS_EVAL).
import * as z from 'zod/mini';

// The content script imports this file through the message protocol for the few schemas its
// messages share, and would build every other schema here at load, in every frame, for nothing:
// zod marks its own factories free of side effects, not `.check()`, so the calls below are marked
// too, and a bundle drops what it does not use.

/* @__NO_SIDE_EFFECTS__ */
function nonEmpty() {
  return z.string().check(z.minLength(1));
}

/** One sentence in each UI language. */
export const localizedTextSchema = z.strictObject({
  en: nonEmpty(),
  zhHans: nonEmpty(),
  zhHant: nonEmpty(),
});

export const noteTopicSchema = z.enum(['roaming', 'sms', 'esim', 'keepNumber', 'service']);

/**
 * The six things readers ask about every SIM they hold: does it come with a number, will texts
 * reach it abroad, can it text from abroad, what keeps the number alive, can it be topped up from
 * abroad, how to reach the carrier from abroad.
 */
export const questions = [
  'hasNumber',
  'receiveSmsAbroad',
  'sendSmsAbroad',
  'keepNumber',
  'topUpFromAbroad',
  'serviceFromAbroad',
] as const;
export const questionSchema = z.enum(questions);

/** Who wrote the page a note rests on. */
export const sourceKindSchema = z.enum(['carrier', 'regulator', 'vendor-docs', 'third-party']);

/** A date as precise as the source gives it: "2024", "2024-03" or "2024-03-31". */
const sourceDateSchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/));

export const noteSchema = z.strictObject({
  topic: noteTopicSchema,
  text: localizedTextSchema,
  source: z.url({ protocol: /^https$/ }),
  sourceKind: sourceKindSchema,
  /** The date the source itself states, when it states one. */
  sourceDate: z.optional(sourceDateSchema),
  /** The last day of an offer the note describes; the note is not shown after it. */
  validUntil: z.optional(z.iso.date()),
  /** The reader's questions the note answers. */
  answers: z.optional(/* @__PURE__ */ z.array(questionSchema).check(z.minLength(1))),
  /** The day someone compared the note with its source; absent until someone has. */
  checked: z.optional(z.iso.date()),
});

export const serviceNumberSchema = z.strictObject({
  /** As dialled: "10086", "+852 2880 2688", "*611", "#111*128#". */
  number: nonEmpty(),
  purpose: localizedTextSchema,
  /** Where it can be dialled from. */
  from: z.enum(['own-network', 'domestic', 'abroad', 'anywhere']),
});

export const productSchema = z.strictObject({
  /** How pages write the product, matched like carrier names ("远游卡", "Smart 远游卡"). */
  names: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
  /** A page of the carrier, its regulator or its vendor that ties the product to the carrier. */
  source: z.optional(z.url({ protocol: /^https$/ })),
});

export const carrierKindSchema = z.enum(['operator', 'mvno', 'esim-seller', 'virtual-number']);

/** ISO 3166-1 alpha-2 (upper case) or "global" for sellers that serve many countries. */
export const carrierRegionSchema = /* @__PURE__ */ z.string().check(z.regex(/^([A-Z]{2}|global)$/));

export const carrierSchema = z.strictObject({
  id: /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  region: carrierRegionSchema,
  kind: carrierKindSchema,
  names: z.strictObject({
    en: nonEmpty(),
    zhHans: nonEmpty(),
    zhHant: nonEmpty(),
    local: z.optional(nonEmpty()),
  }),
  /** Other spellings people write, matched like the names. */
  aliases: z.array(nonEmpty()),
  /**
   * The names libphonenumber's carrier-prefix data gives this carrier's number ranges in its region
   * ("China Mobile" for China Mobile Hong Kong's +852 ranges), so a number's original carrier is
   * named as readers know it. Never matched in page text.
   */
  rangeNames: z.optional(z.array(nonEmpty())),
  /**
   * Names and aliases that are also ordinary words ("Smart", "Three", "Orange", "3"):
   * they count only with a phone/SIM/carrier word nearby.
   */
  ambiguous: z._default(z.array(nonEmpty()), []),
  /**
   * Names this entry shares with the group's entries in other countries ("Vodafone", "Orange").
   * Each is listed as a name or alias by exactly one entry, its owner; on a page of this entry's
   * region the bare name means this entry instead.
   */
  sharedNames: z.optional(z.array(nonEmpty())),
  /**
   * Ordinary words that contain one of the names ("全球通用", "数码通讯"): where one is written, the
   * name inside it is not a carrier. `unlessFollowedBy` lists what may follow the word when the name
   * is meant after all ("全球通用户" is 全球通 and 用户).
   */
  lookalikes: z.optional(
    z.array(
      z.union([nonEmpty(), z.strictObject({ word: nonEmpty(), unlessFollowedBy: z.array(nonEmpty()) })]),
    ),
  ),
  /**
   * Short forms readers write for the carrier that are also ordinary words (移动 for China Mobile,
   * 电信 for China Telecom): they name it only where the words around them say so
   * (lib/carriers/short-forms).
   */
  shortForms: z.optional(z.array(nonEmpty())),
  /**
   * Products and plans sold under names of their own that pages tie to this carrier. A product
   * with no `source` is only claimed for it: the card says so instead of naming the carrier.
   */
  products: z.optional(z.array(productSchema)),
  website: z.optional(z.url({ protocol: /^https$/ })),
  serviceNumbers: z.array(serviceNumberSchema),
  notes: z.array(noteSchema),
  /** The reader's questions no source was found to answer: the UI says "no source found", never a guess. */
  unanswered: z.optional(z.array(questionSchema)),
});

export const carrierFileSchema = z.array(carrierSchema);

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type NoteTopic = z.infer<typeof noteTopicSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Question = z.infer<typeof questionSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type ServiceNumber = z.infer<typeof serviceNumberSchema>;
export type CarrierKind = z.infer<typeof carrierKindSchema>;
export type Carrier = z.infer<typeof carrierSchema>;
export type Product = z.infer<typeof productSchema>;
export type Lookalike = NonNullable<Carrier['lookalikes']>[number];

/** What the name matcher needs of a carrier: its names, not its notes. */
export type CarrierNames = Pick<
  Carrier,
  | 'id'
  | 'region'
  | 'names'
  | 'aliases'
  | 'ambiguous'
  | 'sharedNames'
  | 'lookalikes'
  | 'shortForms'
  | 'products'
>;
