import { browser } from '#imports';
import {
  cardToBackground,
  type Direction,
  type MessageMap,
  pageToBackground,
  popupToBackground,
  popupToContent,
  type RequestOf,
  type ResponseOf,
} from './protocol';

/**
 * The senders' side of the protocol, one function per direction. Each reply is parsed with its
 * message's response schema; a reply that does not parse, or no reply at all (the worker is
 * starting, the extension was updated, no frame holds it), is undefined and the caller says what
 * that means for it.
 */

async function sendOn<D extends Direction<MessageMap>, T extends keyof D['messages'] & string>(
  direction: D,
  type: T,
  request: RequestOf<D, T>,
  transport: (message: unknown) => Promise<unknown>,
): Promise<ResponseOf<D, T> | undefined> {
  let reply: unknown;
  try {
    reply = await transport({ ...(request as object), type });
  } catch {
    return undefined;
  }
  const parsed = direction.messages[type]?.response().safeParse(reply);
  return parsed?.success ? (parsed.data as ResponseOf<D, T>) : undefined;
}

// One function per direction, written out rather than made by a factory: a call at module level
// would keep every direction's schemas in every bundle, and the content script needs only its own.

export function sendFromPage<T extends keyof (typeof pageToBackground)['messages']>(
  type: T,
  request: RequestOf<typeof pageToBackground, T>,
): Promise<ResponseOf<typeof pageToBackground, T> | undefined> {
  return sendOn(pageToBackground, type, request, (message) => browser.runtime.sendMessage(message));
}

export function sendFromCard<T extends keyof (typeof cardToBackground)['messages']>(
  type: T,
  request: RequestOf<typeof cardToBackground, T>,
): Promise<ResponseOf<typeof cardToBackground, T> | undefined> {
  return sendOn(cardToBackground, type, request, (message) => browser.runtime.sendMessage(message));
}

export function sendFromPopup<T extends keyof (typeof popupToBackground)['messages']>(
  type: T,
  request: RequestOf<typeof popupToBackground, T>,
): Promise<ResponseOf<typeof popupToBackground, T> | undefined> {
  return sendOn(popupToBackground, type, request, (message) => browser.runtime.sendMessage(message));
}

/** To the content script of one frame of a tab. */
export function sendToFrame<T extends keyof (typeof popupToContent)['messages']>(
  target: { tabId: number; frameId: number },
  type: T,
  request: RequestOf<typeof popupToContent, T>,
): Promise<ResponseOf<typeof popupToContent, T> | undefined> {
  return sendOn(popupToContent, type, request, (message) =>
    browser.tabs.sendMessage(target.tabId, message, { frameId: target.frameId }),
  );
}
