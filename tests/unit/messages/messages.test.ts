import { describe, expect, it, vi } from 'vitest';
import {
  classifySender,
  type FindingsMessage,
  handleBackgroundMessage,
  handleContentMessage,
  type MessageSenderInfo,
  type TabSummaryStore,
} from '../../../lib/messages';
import { mergeFrames } from '../../../lib/summary';

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

const findings: FindingsMessage = {
  type: 'findings',
  phones: [
    { e164: '+8613800138000', region: 'CN', type: 'MOBILE', count: 2, sample: '138 0013 8000' },
    { e164: null, shortCode: '10086', region: 'CN', type: 'SHORT_CODE', count: 1, sample: '10086' },
  ],
  carriers: [{ id: 'china-mobile', region: 'CN', count: 3 }],
  capped: false,
};

function fakeStore(): TabSummaryStore & { puts: unknown[] } {
  const puts: unknown[] = [];
  return {
    puts,
    putFrame: async (tabId, frameId, frame) => {
      puts.push([tabId, frameId, frame]);
      return mergeFrames(new Map([[frameId, frame]]));
    },
    get: async (tabId) => (tabId === 7 ? mergeFrames(new Map([[0, findings]])) : null),
  };
}

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

describe('handleBackgroundMessage', () => {
  it('stores a content script frame report and announces the new summary', async () => {
    const summaries = fakeStore();
    const onSummaryChanged = vi.fn();
    const reply = await handleBackgroundMessage(
      findings,
      { ...contentSender, frameId: 3 },
      { self, summaries, onSummaryChanged },
    );
    expect(reply).toBeUndefined();
    expect(summaries.puts).toEqual([
      [7, 3, { phones: findings.phones, carriers: findings.carriers, capped: false }],
    ]);
    expect(onSummaryChanged).toHaveBeenCalledWith(7, expect.objectContaining({ capped: false }));
  });

  it('answers the popup with a tab summary', async () => {
    const reply = await handleBackgroundMessage({ type: 'getTabSummary', tabId: 7 }, popupSender, {
      self,
      summaries: fakeStore(),
      onSummaryChanged: vi.fn(),
    });
    expect(reply?.summary?.phones.map((p) => p.key)).toEqual(['+8613800138000', 'CN:10086']);
  });

  it.each<[string, unknown, MessageSenderInfo]>([
    ['findings from an extension page', findings, popupSender],
    ['findings from another extension', findings, otherExtension],
    ['a summary request from a content script', { type: 'getTabSummary', tabId: 7 }, contentSender],
    ['an unknown type', { type: 'setSettings', homeRegion: 'US' }, popupSender],
    ['null', null, contentSender],
    ['a string', 'findings', contentSender],
    [
      'a bad e164',
      { ...findings, phones: [{ ...findings.phones[0], e164: '8613800138000' }] },
      contentSender,
    ],
    [
      'a negative count',
      { ...findings, carriers: [{ id: 'china-mobile', region: 'CN', count: -1 }] },
      contentSender,
    ],
    ['too many phones', { ...findings, phones: Array(201).fill(findings.phones[0]) }, contentSender],
    [
      'a long sample',
      { ...findings, phones: [{ ...findings.phones[0], sample: 'x'.repeat(81) }] },
      contentSender,
    ],
    [
      'a prototype key',
      JSON.parse('{"__proto__":{"type":"findings"},"phones":[],"carriers":[],"capped":false}'),
      contentSender,
    ],
    ['a negative tab id', { type: 'getTabSummary', tabId: -1 }, popupSender],
  ])('drops %s without throwing', async (_name, message, sender) => {
    const summaries = fakeStore();
    const onSummaryChanged = vi.fn();
    await expect(
      handleBackgroundMessage(message, sender, { self, summaries, onSummaryChanged }),
    ).resolves.toBeUndefined();
    expect(summaries.puts).toEqual([]);
    expect(onSummaryChanged).not.toHaveBeenCalled();
  });
});

describe('handleContentMessage', () => {
  const reveal = (_kind: string, key: string) => key === '+8613800138000';

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
  ])('answers %s', (_name, message, sender, expected) => {
    expect(handleContentMessage(message, sender, { self, reveal })).toEqual(expected);
  });
});
