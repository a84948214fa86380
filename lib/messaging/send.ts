import { browser } from '#imports';
import {
  contentToBackground,
  type Direction,
  type MessageMap,
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
  const parsed = direction.messages[type]?.response.safeParse(reply);
  return parsed?.success ? (parsed.data as ResponseOf<D, T>) : undefined;
}

export function sendFromContent<T extends keyof (typeof contentToBackground)['messages']>(
  type: T,
  request: RequestOf<typeof contentToBackground, T>,
): Promise<ResponseOf<typeof contentToBackground, T> | undefined> {
  return sendOn(contentToBackground, type, request, (message) => browser.runtime.sendMessage(message));
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
