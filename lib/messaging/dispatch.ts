import type { Direction, MessageMap, RequestOf, ResponseOf } from './protocol';
import { classifySender, type ExtensionIdentity, type MessageSenderInfo } from './senders';

/** One handler per message type of a direction: it gets the parsed request and the browser's sender. */
export type Handlers<D extends Direction<MessageMap>> = {
  [T in keyof D['messages'] & string]: (
    request: RequestOf<D, T>,
    sender: MessageSenderInfo,
  ) => ResponseOf<D, T> | undefined | Promise<ResponseOf<D, T> | undefined>;
};

/** A direction with its handlers, checked against each other when built by `route`. */
export interface Route {
  direction: Direction<MessageMap>;
  handlers: Record<string, ((request: unknown, sender: MessageSenderInfo) => unknown) | undefined>;
}

/** Pairs a direction with its handlers; TypeScript ties each handler to its message's request and reply. */
export function route<D extends Direction<MessageMap>>(direction: D, handlers: Handlers<D>): Route {
  // Checked above; the handlers only ever receive requests their own schema parsed.
  return { direction, handlers } as unknown as Route;
}

/** The message's `type`, read only as the message's own property. */
function typeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'type')) return null;
  const type = (message as { type: unknown }).type;
  return typeof type === 'string' ? type : null;
}

/**
 * Answers a message on the route that declares its type, when the sender is the one that direction
 * allows and the request parses. Undefined for everything else (malformed payloads, unknown types,
 * senders that may not ask, handlers with nothing to say), so the receiver stays silent and never
 * throws at the sender. A handler's promise is returned as it is.
 */
export function dispatch(
  routes: readonly Route[],
  message: unknown,
  sender: MessageSenderInfo,
  self: ExtensionIdentity,
): unknown {
  const type = typeOf(message);
  if (type === null) return undefined;
  const match = routes.find(({ direction }) => Object.hasOwn(direction.messages, type));
  const spec = match?.direction.messages[type];
  const handler = match?.handlers[type];
  if (!match || !spec || !handler || classifySender(sender, self) !== match.direction.from) return undefined;
  const parsed = spec.request().safeParse(message);
  return parsed.success ? handler(parsed.data, sender) : undefined;
}
