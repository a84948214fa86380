/**
 * The values of a short code's `kind` and `sourceKind`, as plain lists: the message protocol builds
 * its reply schema from them without loading the data files' schema into the content script.
 */

/** What a code reaches: emergency services, a carrier's own support, a public line, or a texting service. */
export const shortCodeKinds = ['emergency', 'carrier-hotline', 'public-service', 'sms-short-code'] as const;

/**
 * Who wrote the page an entry rests on: a government or public body or the service itself, the
 * carrier that runs the code, a platform's data (Android's emergency-number list), or anyone else.
 */
export const shortCodeSourceKinds = ['official', 'carrier', 'vendor-docs', 'third-party'] as const;

export type ShortCodeKind = (typeof shortCodeKinds)[number];
export type ShortCodeSourceKind = (typeof shortCodeSourceKinds)[number];
