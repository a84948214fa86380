import { parseArgs } from 'node:util';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { z } from 'zod';

export const usage = 'usage: npm run --silent scan -- [--region CC] [FILE | -]';

const scanArgsSchema = z.strictObject({
  region: z
    .string()
    .transform((code) => code.toUpperCase())
    .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), {
      error: (issue) =>
        `unknown region "${String(issue.input)}": use an ISO 3166-1 code such as CN, HK or US`,
    })
    .optional(),
  input: z.string().min(1).default('-'),
});

export type ScanArgs = z.infer<typeof scanArgsSchema>;

export type ParsedArgs = { ok: true; args: ScanArgs } | { ok: false; message: string };

/** Reads the command line; every failure is one line a person can act on. */
export function parseScanArgs(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ options: { region: { type: 'string' } }; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: { region: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    return { ok: false, message: `${(error as Error).message.split('\n')[0]}; ${usage}` };
  }
  if (parsed.positionals.length > 1) {
    return { ok: false, message: `one input at a time, got ${parsed.positionals.length}; ${usage}` };
  }
  const result = scanArgsSchema.safeParse({ region: parsed.values.region, input: parsed.positionals[0] });
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? usage };
  return { ok: true, args: result.data };
}
