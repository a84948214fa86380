import type { CountryCode } from 'libphonenumber-js';
import * as z from 'zod/mini';
import { carrierSchema } from '../carriers/schema';
import type { Finding } from '../finding';
import { generalNoteSchema } from '../notes/schema';
import type { NumberCheck } from '../phone/check-number';
import type { NumberDescription } from '../phone/describe';
import { isSupportedRegion } from '../phone/supported-regions';
import {
  carrierEntrySchema,
  frameSummarySchema,
  pageSummarySchema,
  phoneEntrySchema,
} from '../summary/page-summary';
import type { SenderKind } from './senders';

/**
 * Every message the extension sends, declared once: grouped by direction, each a request schema and
 * the schema of its reply. The sender's side sends through lib/messaging/send (the reply is parsed
 * there), the receiver's side answers through lib/messaging/dispatch (the request is parsed there,
 * and the direction says which sender may ask). Settings never travel as messages: the popup and
 * options page write storage themselves, so no content script has a channel to change them.
 *
 * zod/mini: the content script bundles this file. Each direction is its own constant and zod/mini's
 * builders are free of side effects, so a bundle keeps only the directions it uses.
 */

/** A message type's request and the reply its handler gives. */
export interface MessageSpec<Request extends z.ZodMiniType, Response extends z.ZodMiniType> {
  request: Request;
  response: Response;
}

export type MessageMap = Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;

/** Messages that one kind of sender sends to one receiver. */
export interface Direction<Map extends MessageMap> {
  /** The only sender the receiver answers on this direction. */
  from: Exclude<SenderKind, 'unknown'>;
  messages: Map;
}

export type RequestOf<D extends Direction<MessageMap>, T extends keyof D['messages']> = z.infer<
  D['messages'][T]['request']
>;
export type ResponseOf<D extends Direction<MessageMap>, T extends keyof D['messages']> = z.infer<
  D['messages'][T]['response']
>;

const regionSchema = z.custom<CountryCode>((value) => typeof value === 'string' && isSupportedRegion(value));
const e164Schema = z.string().check(z.regex(/^\+[1-9]\d{1,14}$/));
const carrierIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const tabIdSchema = z.int().check(z.gte(0));
const none = z.null();

export const textRequestLimits = { texts: 500, totalLength: 100_000 } as const;

const phoneFindingSchema = z.object({
  kind: z.literal('phone'),
  start: z.int(),
  end: z.int(),
  text: z.string(),
  e164: z.nullable(z.string()),
  region: z.nullable(z.string()),
  type: z.nullable(z.string()),
  shortCode: z.optional(z.string()),
  ext: z.optional(z.string()),
});

const carrierFindingSchema = z.object({
  kind: z.literal('carrier'),
  start: z.int(),
  end: z.int(),
  text: z.string(),
  id: z.string(),
  region: z.string(),
});

const findingSchema: z.ZodMiniType<Finding> = z.discriminatedUnion('kind', [
  phoneFindingSchema,
  carrierFindingSchema,
]);

const numberDescriptionSchema: z.ZodMiniType<NumberDescription> = z.object({
  e164: e164Schema,
  region: z.nullable(regionSchema),
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
  forms: z.object({ e164: e164Schema, international: z.string(), national: z.string(), rfc3966: z.string() }),
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
});

const numberCheckSchema: z.ZodMiniType<NumberCheck> = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), description: numberDescriptionSchema }),
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
    region: z.optional(regionSchema),
  }),
]);

/**
 * content script → background. The finders, the number parser and the carrier catalog live in the
 * background only, so no page pays to load them: the content script walks the page's text, sends
 * its blocks, asks for a number's facts or a carrier's entry when a card opens, and reports what its
 * frame holds. Measured in Chromium 156 on a 2-core machine: importing the parser into a page cost
 * 25–57 ms plus a 10–54 ms first call on the page's main thread, and the carrier names another 25 ms
 * before the first match; a warm round trip to the worker was 5–30 ms and blocked nothing.
 */
export const contentToBackground = {
  from: 'content-script',
  messages: {
    /** Everything this frame has found so far, for the popup and the badge. */
    findings: { request: frameSummarySchema, response: none },
    /** The numbers, short codes and carrier names in these block texts: one list per text, in order. */
    findInTexts: {
      request: z.object({
        /** Region for numbers written in national form on this page. */
        region: regionSchema,
        texts: z.array(z.string()).check(
          z.maxLength(textRequestLimits.texts),
          z.refine(
            (texts) => texts.reduce((sum, text) => sum + text.length, 0) <= textRequestLimits.totalLength,
          ),
        ),
      }),
      response: z.object({ findings: z.array(z.array(findingSchema)) }),
    },
    /** One number's facts for the hover card. */
    describePhone: {
      request: z.object({
        e164: e164Schema,
        homeRegion: regionSchema,
        /** The card's language: the original carrier's name is given in it. */
        locale: z.string().check(z.maxLength(35)),
      }),
      response: z.object({
        description: z.nullable(numberDescriptionSchema),
        /** The carrier the number's prefix was first given to, in the card's language. */
        originalCarrier: z.nullable(z.string()),
      }),
    },
    /** A carrier's whole entry (names, kind, notes) for the hover card. */
    describeCarrier: {
      request: z.object({ id: carrierIdSchema }),
      response: z.object({ carrier: z.nullable(carrierSchema) }),
    },
  },
} satisfies Direction<MessageMap>;

/** A page's number as the popup lists it: the merged entry and, for a full number, its forms. */
const phoneRowSchema = z.object({
  entry: phoneEntrySchema,
  description: z.nullable(numberDescriptionSchema),
});
const carrierRowSchema = z.object({ entry: carrierEntrySchema, carrier: carrierSchema });

/**
 * popup (or the options page) → background. The popup shows what the background answers, so it
 * loads neither the number parser nor the carrier catalog.
 */
export const popupToBackground = {
  from: 'extension-page',
  messages: {
    /** What a tab holds, ready to show: numbers with their forms, carriers with their notes. */
    describeTab: {
      request: z.object({ tabId: tabIdSchema, homeRegion: regionSchema }),
      response: z.object({
        /** null when no content script has reported for the tab since it last navigated. */
        summary: z.nullable(pageSummarySchema),
        phones: z.array(phoneRowSchema),
        carriers: z.array(carrierRowSchema),
        /** The general notes that fit what the page shows. */
        generalNotes: z.array(generalNoteSchema),
      }),
    },
    /** The checker: a pasted number explained. */
    checkNumber: {
      request: z.object({ text: z.string().check(z.maxLength(200)), homeRegion: regionSchema }),
      response: numberCheckSchema,
    },
  },
} satisfies Direction<MessageMap>;

/** popup → the content script of one frame. */
export const popupToContent = {
  from: 'extension-page',
  messages: {
    /** Scroll to the first occurrence and flash it; a frame that does not hold it stays silent. */
    reveal: {
      request: z.object({
        kind: z.enum(['phone', 'carrier']),
        /** A phone's summary key (see phoneKey) or a carrier id. */
        key: z.string().check(z.minLength(1), z.maxLength(64)),
      }),
      response: z.object({ found: z.literal(true) }),
    },
  },
} satisfies Direction<MessageMap>;

export type PhoneRow = z.infer<typeof phoneRowSchema>;
export type CarrierRow = z.infer<typeof carrierRowSchema>;
export type TabDescription = ResponseOf<typeof popupToBackground, 'describeTab'>;
