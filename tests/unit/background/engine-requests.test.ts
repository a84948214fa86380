import { describe, expect, it } from 'vitest';
import { answerEngineRequest, type Engine } from '@/lib/background/engine-requests';
import { carrierById } from '@/lib/carriers/catalog';
import type { PhoneFinding } from '@/lib/findings';
import type { MessageSenderInfo } from '@/lib/messages';
import { textRequestLimits } from '@/lib/messages';

const self = { id: 'dialwise', origin: 'chrome-extension://dialwise/' };
const contentScript: MessageSenderInfo = {
  id: 'dialwise',
  url: 'https://example.com/',
  tab: { id: 4 },
  frameId: 0,
};
const popup: MessageSenderInfo = { id: 'dialwise', url: 'chrome-extension://dialwise/popup.html' };
const otherExtension: MessageSenderInfo = { ...contentScript, id: 'someone-else' };

const found: PhoneFinding = {
  kind: 'phone',
  start: 0,
  end: 5,
  text: '10086',
  e164: null,
  region: 'CN',
  type: 'SHORT_CODE',
  shortCode: '10086',
};
const engine: Engine<string> = {
  findingsIn: (text, region) => (text.includes('10086') && region === 'CN' ? [found] : []),
  describe: (e164, homeRegion, locale) => `${e164} from ${homeRegion} in ${locale}`,
  originalCarrier: async () => '中国移动',
  carrier: carrierById,
};

describe('answerEngineRequest', () => {
  it('reads each text sent by a content script, in order', async () => {
    const message = { type: 'findInTexts', region: 'CN', texts: ['拨打10086', 'nothing'] };
    expect(await answerEngineRequest(message, contentScript, self, engine)).toEqual({
      findings: [[found], []],
    });
  });

  it('describes a number for the card', async () => {
    const message = { type: 'describePhone', e164: '+8613800138000', homeRegion: 'US', locale: 'zh-Hans' };
    expect(await answerEngineRequest(message, contentScript, self, engine)).toEqual({
      description: '+8613800138000 from US in zh-Hans',
      originalCarrier: '中国移动',
    });
  });

  it("hands the card a carrier's whole entry, notes included", async () => {
    const answer = await answerEngineRequest(
      { type: 'describeCarrier', id: 'smartone' },
      contentScript,
      self,
      engine,
    );
    expect(answer).toMatchObject({ carrier: { id: 'smartone', region: 'HK' } });
    expect((answer as { carrier: { notes: unknown[] } }).carrier.notes.length).toBeGreaterThan(0);
  });

  it('answers null for a carrier id the catalog does not know', async () => {
    const message = { type: 'describeCarrier', id: 'no-such-carrier' };
    expect(await answerEngineRequest(message, contentScript, self, engine)).toEqual({ carrier: null });
  });

  it.each([
    ['a carrier id that is not an id', { type: 'describeCarrier', id: '../../etc' }, contentScript],
    ['another extension', { type: 'findInTexts', region: 'CN', texts: ['10086'] }, otherExtension],
    [
      'our own pages (they hold the finders themselves)',
      { type: 'findInTexts', region: 'CN', texts: ['10086'] },
      popup,
    ],
    ['an unknown region', { type: 'findInTexts', region: 'ZZ', texts: ['10086'] }, contentScript],
    [
      'too many texts',
      { type: 'findInTexts', region: 'CN', texts: Array(textRequestLimits.texts + 1).fill('1') },
      contentScript,
    ],
    [
      'too much text',
      { type: 'findInTexts', region: 'CN', texts: ['1'.repeat(textRequestLimits.totalLength + 1)] },
      contentScript,
    ],
    [
      'a malformed number',
      { type: 'describePhone', e164: '12345', homeRegion: 'US', locale: 'en' },
      contentScript,
    ],
    ['another message type', { type: 'findings', phones: [], carriers: [], capped: false }, contentScript],
    ['not an object', '__proto__', contentScript],
  ])('ignores %s', async (_name, message, sender) => {
    expect(await answerEngineRequest(message, sender, self, engine)).toBeUndefined();
  });
});
