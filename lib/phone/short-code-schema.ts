// zod/mini, as for the carrier data: the full build compiles parsers with `Function`.
import * as z from 'zod/mini';
import { localizedTextSchema } from '../carriers/schema';
import { shortCodeKinds, shortCodeSourceKinds } from './short-code-kinds';

export type { ShortCodeKind, ShortCodeSourceKind } from './short-code-kinds';

const shortCodeKindSchema = z.enum(shortCodeKinds);
const shortCodeSourceKindSchema = z.enum(shortCodeSourceKinds);

export const shortCodeEntrySchema = z.strictObject({
  /** As dialled, leading zeros kept: "15", "000", "10086", "116117". */
  code: z.string().check(z.regex(/^[0-9]{2,6}$/)),
  kind: shortCodeKindSchema,
  name: localizedTextSchema,
  /** The carrier in lib/carriers/data that runs the code, for a carrier's own line. */
  carrierId: z.optional(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))),
  /** What the source says about reaching the code from abroad or while roaming; absent when it says nothing. */
  fromAbroad: z.optional(localizedTextSchema),
  source: z.url({ protocol: /^https$/ }),
  sourceKind: shortCodeSourceKindSchema,
  /** The day someone compared the entry with its source. */
  checked: z.iso.date(),
});

/** One region's codes: lib/phone/data/short-codes/<region>.json. */
export const shortCodeFileSchema = z.strictObject({
  region: z.string().check(z.regex(/^[A-Z]{2}$/)),
  codes: z.array(shortCodeEntrySchema).check(z.minLength(1)),
});

export type ShortCodeData = z.infer<typeof shortCodeEntrySchema>;
export type ShortCodeFile = z.infer<typeof shortCodeFileSchema>;
/** An entry with the region whose file lists it. */
export type ShortCodeEntry = ShortCodeData & { region: string };
