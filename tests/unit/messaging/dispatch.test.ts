import { describe, expect, it } from 'vitest';
import { dispatch, route } from '../../../lib/messaging/dispatch';
import { popupToContent } from '../../../lib/messaging/protocol';
import { classifySender, type MessageSenderInfo } from '../../../lib/messaging/senders';

const self = { id: 'dialwiseid', origin: 'chrome-extension://dialwiseid/' };
const contentSender: MessageSenderInfo = {
  id: self.id,
  url: 'https://example.com/',
  tab: { id: 7 },
  frameId: 0,
};
const popupSender: MessageSenderInfo = { id: self.id, url: `${self.origin}popup.html` };
const popupInTabSender: MessageSenderInfo = { ...popupSender, tab: { id: 9 }, frameId: 0 };
const otherExtension: MessageSenderInfo = { ...contentSender, id: 'someoneelse' };

describe('classifySender', () => {
  it.each<[string, MessageSenderInfo, string]>([
    ['a content script', contentSender, 'content-script'],
    ['the popup', popupSender, 'extension-page'],
    ['the popup open in a tab', popupInTabSender, 'extension-page'],
    ['another extension', otherExtension, 'unknown'],
    ['no id', { url: 'https://example.com/', tab: { id: 1 }, frameId: 0 }, 'unknown'],
    ['a tab without a frame', { id: self.id, url: 'https://example.com/', tab: { id: 1 } }, 'unknown'],
    ['a look-alike origin', { id: self.id, url: 'https://chrome-extension.evil/dialwiseid/' }, 'unknown'],
  ])('classifies %s', (_name, sender, kind) => {
    expect(classifySender(sender, self)).toBe(kind);
  });
});

describe('dispatch on the content script side', () => {
  const routes = [
    route(popupToContent, {
      reveal: ({ key }) => (key === '+8613800138000' ? { found: true as const } : undefined),
    }),
  ];

  it.each<[string, unknown, MessageSenderInfo, unknown]>([
    [
      'a reveal from the popup',
      { type: 'reveal', kind: 'phone', key: '+8613800138000' },
      popupSender,
      { found: true },
    ],
    [
      'a reveal for a finding elsewhere',
      { type: 'reveal', kind: 'phone', key: '+85221234567' },
      popupSender,
      undefined,
    ],
    [
      'a reveal from a content script',
      { type: 'reveal', kind: 'phone', key: '+8613800138000' },
      contentSender,
      undefined,
    ],
    [
      'a malformed reveal',
      { type: 'reveal', kind: 'everything', key: '+8613800138000' },
      popupSender,
      undefined,
    ],
    ['an empty key', { type: 'reveal', kind: 'carrier', key: '' }, popupSender, undefined],
    [
      'a message of another direction',
      { type: 'findInTexts', region: 'CN', texts: [] },
      popupSender,
      undefined,
    ],
  ])('answers %s', (_name, message, sender, expected) => {
    expect(dispatch(routes, message, sender, self)).toEqual(expected);
  });
});
