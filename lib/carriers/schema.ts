import { z } from 'zod';

/** One sentence in each UI language. */
export const localizedTextSchema = z.strictObject({
  en: z.string().min(1),
  zhHans: z.string().min(1),
  zhHant: z.string().min(1),
});

export const noteTopicSchema = z.enum(['roaming', 'sms', 'esim', 'keepNumber', 'service']);

export const noteSchema = z.strictObject({
  topic: noteTopicSchema,
  text: localizedTextSchema,
  source: z.url({ protocol: /^https$/ }),
  checked: z.iso.date(),
});

export const serviceNumberSchema = z.strictObject({
  /** As dialled: "10086", "+852 2880 2688", "*611", "#111*128#". */
  number: z.string().min(1),
  purpose: localizedTextSchema,
  /** Where it can be dialled from. */
  from: z.enum(['own-network', 'domestic', 'abroad', 'anywhere']),
});

export const carrierKindSchema = z.enum(['operator', 'mvno', 'esim-seller', 'virtual-number']);

/** ISO 3166-1 alpha-2 (upper case) or "global" for sellers that serve many countries. */
export const carrierRegionSchema = z.string().regex(/^([A-Z]{2}|global)$/);

export const carrierSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  region: carrierRegionSchema,
  kind: carrierKindSchema,
  names: z.strictObject({
    en: z.string().min(1),
    zhHans: z.string().min(1),
    zhHant: z.string().min(1),
    local: z.string().min(1).optional(),
  }),
  /** Other spellings people write, matched like the names. */
  aliases: z.array(z.string().min(1)),
  /**
   * Names and aliases that are also ordinary words ("Smart", "Three", "Orange", "3"):
   * they count only with a phone/SIM/carrier word nearby.
   */
  ambiguous: z.array(z.string().min(1)).default([]),
  /**
   * Names this entry shares with the group's entries in other countries ("Vodafone", "Orange").
   * Each is listed as a name or alias by exactly one entry, its owner; on a page of this entry's
   * region the bare name means this entry instead.
   */
  sharedNames: z.array(z.string().min(1)).optional(),
  /**
   * Ordinary words that contain one of the names ("全球通用", "数码通讯"): where one is written, the
   * name inside it is not a carrier. `unlessFollowedBy` lists what may follow the word when the name
   * is meant after all ("全球通用户" is 全球通 and 用户).
   */
  lookalikes: z
    .array(
      z.union([
        z.string().min(1),
        z.strictObject({ word: z.string().min(1), unlessFollowedBy: z.array(z.string().min(1)) }),
      ]),
    )
    .optional(),
  website: z.url({ protocol: /^https$/ }).optional(),
  serviceNumbers: z.array(serviceNumberSchema),
  notes: z.array(noteSchema),
});

export const carrierFileSchema = z.array(carrierSchema);

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type NoteTopic = z.infer<typeof noteTopicSchema>;
export type Note = z.infer<typeof noteSchema>;
export type ServiceNumber = z.infer<typeof serviceNumberSchema>;
export type CarrierKind = z.infer<typeof carrierKindSchema>;
export type Carrier = z.infer<typeof carrierSchema>;
export type Lookalike = NonNullable<Carrier['lookalikes']>[number];

/** What the name matcher needs of a carrier: the content script ships only this, not the notes. */
export type CarrierNames = Pick<
  Carrier,
  'id' | 'region' | 'names' | 'aliases' | 'ambiguous' | 'sharedNames' | 'lookalikes'
>;
