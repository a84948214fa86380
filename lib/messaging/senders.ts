/** The parts of runtime.MessageSender the handlers look at. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ExtensionIdentity {
  id: string;
  /** "chrome-extension://<id>/" */
  origin: string;
}

/**
 * Who sent a message. The browser fills sender.id and sender.url, so a page cannot forge them; a frame
 * whose URL is one of our own pages is an extension page even when it sits in a tab.
 */
export type SenderKind = 'content-script' | 'extension-page' | 'unknown';

export function classifySender(sender: MessageSenderInfo, self: ExtensionIdentity): SenderKind {
  if (sender.id !== self.id) return 'unknown';
  if (sender.url?.startsWith(self.origin)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.tab.id >= 0 && typeof sender.frameId === 'number') {
    return 'content-script';
  }
  return 'unknown';
}
