/**
 * Sizes the background accepts from a content script, in one place for the protocol that enforces
 * them and for the content-script code that must stay under them without loading the protocol.
 */

/** One findInTexts request: at most this many block texts, this many characters in all. */
export const textRequestLimits = { texts: 500, totalLength: 100_000 } as const;

/**
 * A frame's whole text sent for the quiet check. Past this a page is walked without asking: it is
 * big enough to hold something, and sending it whole would cost more than the check saves.
 */
export const quietCheckTextLimit = 1_000_000;
