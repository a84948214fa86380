import type { CountryCode } from 'libphonenumber-js';
import * as z from 'zod/mini';
import type { OriginalCarrier } from '../carriers/original-carrier-entry';
import {
  carrierSchema,
  localizedTextSchema,
  noteSchema,
  questionSchema,
  serviceNumberSchema,
} from '../carriers/schema';
import type { Finding } from '../finding';
import { generalNoteSchema } from '../notes/schema';
import { once } from '../once';
import type { NumberCheck } from '../phone/check-number';
import type { NumberDescription } from '../phone/describe';
import type { ShortCodeDescription } from '../phone/short-code-description';
import { shortCodeKinds, shortCodeSourceKinds } from '../phone/short-code-kinds';
import { isSupportedRegion } from '../phone/supported-regions';
import { messengers } from '../settings/settings';
import type { KeepStatus } from '../sims/keep-watch';
import type { SimLine } from '../sims/reach';
import { simKinds, simSchema } from '../sims/sim';
import type { SimStatus } from '../sims/sim-status';
import {
  carrierEntrySchema,
  frameSummarySchema,
  pageSummarySchema,
  phoneEntrySchema,
  summaryPatterns,
} from '../summary/page-summary';
import { quietCheckTextLimit, textRequestLimits } from './limits';
import type { SenderKind } from './senders';

/**
 * Every message the extension sends, declared once: grouped by direction, each a request schema and
 * the schema of its reply. The sender's side sends through lib/messaging/send (the reply is parsed
 * there), the receiver's side answers through lib/messaging/dispatch (the request is parsed there,
 * and the direction says which sender may ask). Settings never travel as messages: the popup and
 * options page write storage themselves, so no content script has a channel to change them.
 *
 * zod/mini: the content script bundles this file. Each direction is its own constant, and nothing
 * here has side effects, so a bundle keeps only the directions it uses.
 */

/**
 * A message type's request and the reply its handler gives, each built on its first use (lib/once):
 * the content script loads this module in every frame, the sender needs only the reply's schema
 * and the receiver only the request's.
 */
export interface MessageSpec<Request extends z.ZodMiniType, Response extends z.ZodMiniType> {
  request: () => Request;
  response: () => Response;
}

/* @__NO_SIDE_EFFECTS__ */
function message<Request extends z.ZodMiniType, Response extends z.ZodMiniType>(
  request: () => Request,
  response: () => Response,
): MessageSpec<Request, Response> {
  return { request: once(request), response: once(response) };
}

export type MessageMap = Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;

/** Messages that one kind of sender sends to one receiver. */
export interface Direction<Map extends MessageMap> {
  /** The only sender the receiver answers on this direction. */
  from: Exclude<SenderKind, 'unknown'>;
  messages: Map;
}

export type RequestOf<D extends Direction<MessageMap>, T extends keyof D['messages']> = z.infer<
  ReturnType<D['messages'][T]['request']>
>;
export type ResponseOf<D extends Direction<MessageMap>, T extends keyof D['messages']> = z.infer<
  ReturnType<D['messages'][T]['response']>
>;

const region = () => z.custom<CountryCode>((value) => typeof value === 'string' && isSupportedRegion(value));
const e164 = () => z.string().check(z.regex(summaryPatterns.e164));
const carrierId = () => z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const tabId = () => z.int().check(z.gte(0));
const language = () => z.enum(['en', 'zh-Hans', 'zh-Hant']);

/**
 * A finding in the finders' reply, held to the same patterns as the summary it goes into, so the
 * content script's report needs no check of its own (lib/summary/page-summary).
 */
const findingSchema = (): z.ZodMiniType<Finding> => {
  const pattern = (regex: RegExp) => z.string().check(z.regex(regex));
  const span = { start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)), text: z.string() };
  return z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('phone'),
      ...span,
      e164: z.nullable(pattern(summaryPatterns.e164)),
      region: z.nullable(pattern(summaryPatterns.region)),
      type: z.nullable(pattern(summaryPatterns.type)),
      shortCode: z.optional(pattern(summaryPatterns.shortCode)),
      ext: z.optional(z.string()),
    }),
    z.object({
      kind: z.literal('carrier'),
      ...span,
      id: pattern(summaryPatterns.carrierId),
      region: pattern(summaryPatterns.carrierRegion),
      product: z.optional(z.enum(['confirmed', 'unconfirmed'])),
    }),
  ]);
};

const numberDescriptionSchema = once(
  (): z.ZodMiniType<NumberDescription> =>
    z.object({
      e164: e164(),
      region: z.nullable(region()),
      type: z.nullable(
        z.enum([
          'FIXED_LINE',
          'MOBILE',
          'FIXED_LINE_OR_MOBILE',
          'PREMIUM_RATE',
          'TOLL_FREE',
          'SHARED_COST',
          'VOIP',
          'PERSONAL_NUMBER',
          'PAGER',
          'UAN',
          'VOICEMAIL',
        ]),
      ),
      forms: z.object({ e164: e164(), international: z.string(), national: z.string(), rfc3966: z.string() }),
      dialFromHome: z.string(),
      plusForm: z.nullable(z.string()),
      smsHint: z.enum([
        'mobile',
        'fixed',
        'fixedOrMobile',
        'tollFree',
        'premium',
        'voip',
        'unknown',
        'shortCode',
      ]),
    }),
);

const numberCheckSchema = (): z.ZodMiniType<NumberCheck> =>
  z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      description: numberDescriptionSchema(),
      chosenBy: z.enum(['written', 'page', 'home', 'shape']),
      alternatives: z.array(region()),
      elsewhere: z.int().check(z.gte(0)),
    }),
    z.object({
      ok: z.literal(false),
      reason: z.enum([
        'TOO_SHORT',
        'TOO_LONG',
        'INVALID_COUNTRY',
        'NOT_A_NUMBER',
        'INVALID_LENGTH',
        'NOT_VALID',
      ]),
      region: z.optional(region()),
    }),
  ]);

const carrierRefSchema = () => z.object({ id: carrierId(), names: carrierSchema.shape.names });

const simLineSchema = (): z.ZodMiniType<SimLine> =>
  z.object({
    simId: z.string(),
    label: z.string(),
    carrier: z.nullable(carrierRefSchema()),
    otherName: z.nullable(z.string()),
    kind: z.enum(simKinds),
    roaming: z.boolean(),
    dial: z.nullable(z.object({ form: z.enum(['national', 'international']), value: z.string() })),
    text: z.boolean(),
    answers: z.array(z.object({ question: questionSchema, notes: z.array(noteSchema) })),
  });

const keepStatusSchema = (): z.ZodMiniType<KeepStatus> =>
  z.object({
    basis: z.enum(['rule', 'own']),
    validUntil: z.iso.date(),
    lostAfter: z.iso.date(),
    daysLeft: z.int(),
    daysToLoss: z.int(),
  });

const simStatusSchema = (): z.ZodMiniType<SimStatus> =>
  z.object({
    sim: simSchema(),
    carrier: z.nullable(carrierRefSchema()),
    number: z.nullable(z.string()),
    keep: z.nullable(keepStatusSchema()),
    keepNote: z.nullable(noteSchema),
  });

/** The reader's side of a number: how each of their SIMs reaches it from where they are, and chat links. */
const readerSideSchema = () =>
  z.object({
    where: region(),
    lines: z.array(simLineSchema()),
    messengers: z.array(z.enum(messengers)),
  });

const originalCarrierSchema = (): z.ZodMiniType<OriginalCarrier> =>
  z.object({ name: z.string(), carrierId: z.nullable(carrierId()) });

/** A short code's card: what it reaches as its sources say, who runs it, its lines for callers abroad. */
const shortCodeDescriptionSchema = (): z.ZodMiniType<ShortCodeDescription> =>
  z.object({
    services: z.array(
      z.object({
        kind: z.enum(shortCodeKinds),
        name: localizedTextSchema,
        carrier: z.nullable(z.object({ id: carrierId(), names: carrierSchema.shape.names })),
        fromAbroad: z.nullable(localizedTextSchema),
        source: z.url({ protocol: /^https$/ }),
        sourceKind: z.enum(shortCodeSourceKinds),
      }),
    ),
    owner: z.nullable(
      z.object({
        carrier: z.object({ id: carrierId(), names: carrierSchema.shape.names }),
        fromAbroad: z.array(serviceNumberSchema),
      }),
    ),
  });

/**
 * content script → background, from the script every frame runs. The finders, the number parser
 * and the carrier catalog live in the background only, so no page pays to load them: the content
 * script walks the page's text, sends its blocks and reports what its frame holds. Measured in
 * Chromium 156 on a 2-core machine: importing the parser into a page cost 25–57 ms plus a 10–54 ms
 * first call on the page's main thread, and the carrier names another 25 ms before the first match;
 * a warm round trip to the worker was 5–30 ms and blocked nothing.
 */
export const pageToBackground = {
  from: 'content-script',
  messages: {
    /** Everything this frame has found so far, for the popup and the badge. */
    findings: message(frameSummarySchema, () => z.null()),
    /** The numbers, short codes and carrier names in these block texts: one list per text, in order. */
    findInTexts: message(
      () =>
        z.object({
          /** Region for numbers written in national form on this page. */
          region: region(),
          /** False when `region` is only the reader's home region: the page named none. */
          regionIsPage: z.optional(z.boolean()),
          /** The page's `<html lang>`, a sign of the markets it is about. */
          lang: z.optional(z.string().check(z.maxLength(64))),
          texts: z.array(z.string()).check(
            z.maxLength(textRequestLimits.texts),
            z.refine(
              (texts) => texts.reduce((sum, text) => sum + text.length, 0) <= textRequestLimits.totalLength,
            ),
          ),
        }),
      () => z.object({ findings: z.array(z.array(findingSchema())) }),
    ),
    /**
     * Whether a frame's whole text could hold a number or a carrier name at all, asked once before
     * the frame is walked. The content script checks this reply by hand (lib/page/quiet-frame), so a
     * quiet frame never loads zod.
     */
    mayHoldFindings: message(
      () => z.object({ text: z.string().check(z.maxLength(quietCheckTextLimit)) }),
      () => z.boolean(),
    ),
  },
} satisfies Direction<MessageMap>;

/**
 * content script → background, from the hover card's code, which loads on the first hover: the
 * schemas of its replies (a carrier's whole entry, a number's description) travel with that code,
 * so pages nobody hovers never load them.
 */
export const cardToBackground = {
  from: 'content-script',
  messages: {
    /** One number's facts for the hover card. */
    describePhone: message(
      () =>
        z.object({
          e164: e164(),
          homeRegion: region(),
          /** The card's language: the original carrier's name is given in it. */
          language: language(),
        }),
      () =>
        z.object({
          description: z.nullable(numberDescriptionSchema()),
          /** The carrier the number's range was first given to, named as readers know it. */
          originalCarrier: z.nullable(originalCarrierSchema()),
          mine: readerSideSchema(),
        }),
    ),
    /** What a short code reaches, who runs it, and how to reach it from abroad, for the hover card. */
    describeShortCode: message(
      () => z.object({ code: z.string().check(z.regex(summaryPatterns.shortCode)), region: region() }),
      () => shortCodeDescriptionSchema(),
    ),
    /** A carrier's whole entry (names, kind, notes) for the hover card. */
    describeCarrier: message(
      () => z.object({ id: carrierId() }),
      () => z.object({ carrier: z.nullable(carrierSchema) }),
    ),
  },
} satisfies Direction<MessageMap>;

/** A page's number as the popup lists it: the merged entry and, for a full number, its forms. */
const phoneRowSchema = () =>
  z.object({ entry: phoneEntrySchema(), description: z.nullable(numberDescriptionSchema()) });
const carrierRowSchema = () => z.object({ entry: carrierEntrySchema(), carrier: carrierSchema });

/**
 * popup (or the options page) → background. The popup shows what the background answers, so it
 * loads neither the number parser nor the carrier catalog.
 */
export const popupToBackground = {
  from: 'extension-page',
  messages: {
    /** What a tab holds, ready to show: numbers with their forms, carriers with their notes. */
    describeTab: message(
      () => z.object({ tabId: tabId(), homeRegion: region() }),
      () =>
        z.object({
          /** null when no content script has reported for the tab since it last navigated. */
          summary: z.nullable(pageSummarySchema()),
          phones: z.array(phoneRowSchema()),
          carriers: z.array(carrierRowSchema()),
          /** The general notes that fit what the page shows, or the reader's home region. */
          generalNotes: z.array(generalNoteSchema),
          /** The reader's SIMs, each with how long its number stays alive. */
          sims: z.array(simStatusSchema()),
        }),
    ),
    /** The checker: a pasted number explained, read with the page of `tabId` in mind when given. */
    checkNumber: message(
      () =>
        z.object({
          text: z.string().check(z.maxLength(200)),
          homeRegion: region(),
          language: language(),
          tabId: z.optional(tabId()),
        }),
      () =>
        z.object({
          check: numberCheckSchema(),
          originalCarrier: z.nullable(originalCarrierSchema()),
          /** The original carrier's entry, for its notes. */
          carrier: z.nullable(carrierSchema),
          /** The reader's side, for a number that was read. */
          mine: z.nullable(readerSideSchema()),
        }),
    ),
  },
} satisfies Direction<MessageMap>;

/** popup → the content script of one frame. */
export const popupToContent = {
  from: 'extension-page',
  messages: {
    /** Scroll to the first occurrence and flash it; a frame that does not hold it stays silent. */
    reveal: message(
      () =>
        z.object({
          kind: z.enum(['phone', 'carrier']),
          /** A phone's summary key (see phoneKey) or a carrier id. */
          key: z.string().check(z.minLength(1), z.maxLength(64)),
        }),
      () => z.object({ found: z.literal(true) }),
    ),
  },
} satisfies Direction<MessageMap>;

export type TabDescription = ResponseOf<typeof popupToBackground, 'describeTab'>;
export type PhoneRow = TabDescription['phones'][number];
export type CarrierRow = TabDescription['carriers'][number];
export type CheckAnswer = ResponseOf<typeof popupToBackground, 'checkNumber'>;
export type ReaderSide = ResponseOf<typeof cardToBackground, 'describePhone'>['mine'];
