import { describe, expect, it, vi } from 'vitest';
import { type BackgroundServices, backgroundRoutes } from '@/lib/background/handlers';
import { carrierById } from '@/lib/carriers/catalog';
import type { PageSigns } from '@/lib/finders';
import type { PhoneFinding } from '@/lib/finding';
import { dispatch } from '@/lib/messaging/dispatch';
import { quietCheckTextLimit, textRequestLimits } from '@/lib/messaging/limits';
import type { MessageSenderInfo } from '@/lib/messaging/senders';
import { defaultSettings } from '@/lib/settings/settings';
import { keepRuleFor } from '@/lib/sims/keep-rule';
import type { Sim } from '@/lib/sims/sim';
import { simNumberFacts } from '@/lib/sims/sim-number';
import { type FrameSummary, mergeFrames } from '@/lib/summary/page-summary';
import type { TabSummaryStore } from '@/lib/summary/tab-summary-storage';
import { hongKongMobile } from '../components/fixtures';

const self = { id: 'dialwise', origin: 'chrome-extension://dialwise/' };
const contentScript: MessageSenderInfo = {
  id: 'dialwise',
  url: 'https://example.com/',
  tab: { id: 7 },
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

const findings: FrameSummary = {
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
    clear: async () => {},
  };
}

function services(
  overrides: Partial<BackgroundServices> = {},
): BackgroundServices & { summaries: ReturnType<typeof fakeStore> } {
  return {
    findingsIn: (text, region) => (text.includes('10086') && region === 'CN' ? [found] : []),
    mayHoldFindings: (text) => text.includes('10086'),
    describe: (e164, homeRegion) =>
      e164 === hongKongMobile.e164 && homeRegion === 'CN' ? hongKongMobile : null,
    originalCarrier: (_e164, language) => ({
      name: language === 'zh-Hans' ? '中国移动香港' : 'China Mobile Hong Kong',
      carrierId: 'cmhk',
    }),
    describeShortCode: (code, region) => ({
      services: [],
      owner:
        code === '10086' && region === 'CN'
          ? {
              carrier: {
                id: 'china-mobile',
                names: { en: 'China Mobile', zhHans: '中国移动', zhHant: '中國移動' },
              },
              fromAbroad: [],
            }
          : null,
    }),
    carrier: carrierById,
    generalNotes: () => [],
    check: () => ({ ok: false, reason: 'NOT_A_NUMBER' }),
    reader: async () => ({ sims: [], settings: defaultSettings('en-US') }),
    simLookups: { carrier: carrierById, keepRule: keepRuleFor, number: simNumberFacts },
    today: () => '2026-12-06',
    onSummaryChanged: vi.fn(),
    ...overrides,
    summaries: fakeStore(),
  };
}

const cmhkSim: Sim = {
  id: 'cmhk',
  carrierId: 'cmhk',
  number: '+85251234567',
  label: 'CMHK',
  kind: 'prepaid',
  lastActive: null,
  keepDays: null,
};

const answer = (message: unknown, sender: MessageSenderInfo, bound = services()) =>
  Promise.resolve(dispatch(backgroundRoutes(bound), message, sender, self));

describe('the background, for content scripts', () => {
  it('reads each text sent by a content script, in order', async () => {
    const message = { type: 'findInTexts', region: 'CN', texts: ['拨打10086', 'nothing'] };
    expect(await answer(message, contentScript)).toEqual({ findings: [[found], []] });
  });

  it.each<[string, Record<string, unknown>, PageSigns]>([
    ['no page signs', {}, {}],
    [
      'the page’s language and a region that is only the home region',
      { lang: 'zh-HK', regionIsPage: false },
      { lang: 'zh-HK', regionIsPage: false },
    ],
  ])('passes %s on to the finders', async (_label, signs, expected) => {
    const findingsIn = vi.fn((_text: string, _region: string, _page: PageSigns) => []);
    await answer(
      { type: 'findInTexts', region: 'HK', texts: ['Smart'], ...signs },
      contentScript,
      services({ findingsIn }),
    );
    expect(findingsIn).toHaveBeenCalledWith('Smart', 'HK', expected);
  });

  it('describes a number for the card, naming its original carrier in the card language', async () => {
    const message = { type: 'describePhone', e164: '+85251234567', homeRegion: 'CN', language: 'zh-Hans' };
    expect(await answer(message, contentScript)).toEqual({
      description: hongKongMobile,
      originalCarrier: { name: '中国移动香港', carrierId: 'cmhk' },
      mine: { where: 'US', lines: [], messengers: [] },
    });
  });

  it("gives the card a line for each of the reader's SIMs, from where the reader is now", async () => {
    const bound = services({
      reader: async () => ({
        sims: [cmhkSim, { ...cmhkSim, id: 'esim', carrierId: 'airalo', number: null, kind: 'data-esim' }],
        settings: {
          ...defaultSettings('en-US'),
          homeRegion: 'HK',
          currentRegion: 'CN',
          messengerLinks: ['signal'],
        },
      }),
    });
    const message = { type: 'describePhone', e164: '+85251234567', homeRegion: 'CN', language: 'en' };
    const reply = await answer(message, contentScript, bound);
    expect(reply).toMatchObject({
      mine: {
        where: 'CN',
        messengers: ['signal'],
        lines: [
          {
            simId: 'cmhk',
            roaming: true,
            dial: { form: 'international', value: '+852 5123 4567' },
            text: true,
          },
          { simId: 'esim', roaming: false, dial: null, text: false },
        ],
      },
    });
  });

  it('says who runs a short code', async () => {
    expect(
      await answer({ type: 'describeShortCode', code: '10086', region: 'CN' }, contentScript),
    ).toMatchObject({
      owner: { carrier: { id: 'china-mobile' } },
    });
    expect(await answer({ type: 'describeShortCode', code: '10010', region: 'CN' }, contentScript)).toEqual({
      services: [],
      owner: null,
    });
  });

  it("answers whether a frame's whole text could hold anything, up to the quiet check's limit", async () => {
    expect(await answer({ type: 'mayHoldFindings', text: 'call 10086' }, contentScript)).toBe(true);
    expect(await answer({ type: 'mayHoldFindings', text: 'a quiet page' }, contentScript)).toBe(false);
    expect(
      await answer({ type: 'mayHoldFindings', text: 'x'.repeat(quietCheckTextLimit + 1) }, contentScript),
    ).toBeUndefined();
  });

  it("hands the card a carrier's whole entry, notes included", async () => {
    const reply = await answer({ type: 'describeCarrier', id: 'smartone' }, contentScript);
    expect(reply).toMatchObject({ carrier: { id: 'smartone', region: 'HK' } });
    expect((reply as { carrier: { notes: unknown[] } }).carrier.notes.length).toBeGreaterThan(0);
  });

  it('answers null for a carrier id the catalog does not know', async () => {
    expect(await answer({ type: 'describeCarrier', id: 'no-such-carrier' }, contentScript)).toEqual({
      carrier: null,
    });
  });

  it('stores a frame report and announces the new summary', async () => {
    const bound = services();
    const reply = await answer({ type: 'findings', ...findings }, { ...contentScript, frameId: 3 }, bound);
    expect(reply).toBeNull();
    expect(bound.summaries.puts).toEqual([
      [7, 3, { phones: findings.phones, carriers: findings.carriers, capped: false }],
    ]);
    expect(bound.onSummaryChanged).toHaveBeenCalledWith(7, expect.objectContaining({ capped: false }));
  });

  it.each([
    ['a carrier id that is not an id', { type: 'describeCarrier', id: '../../etc' }, contentScript],
    ['another extension', { type: 'findInTexts', region: 'CN', texts: ['10086'] }, otherExtension],
    [
      'our own pages (they ask through describeTab)',
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
      { type: 'describePhone', e164: '12345', homeRegion: 'US', language: 'en' },
      contentScript,
    ],
    ['not an object', '__proto__', contentScript],
  ])('ignores %s', async (_name, message, sender) => {
    expect(await answer(message, sender)).toBeUndefined();
  });

  it.each<[string, unknown, MessageSenderInfo]>([
    ['findings from an extension page', { type: 'findings', ...findings }, popup],
    ['findings from another extension', { type: 'findings', ...findings }, otherExtension],
    ['an unknown type', { type: 'setSettings', homeRegion: 'US' }, popup],
    ['null', null, contentScript],
    ['a string', 'findings', contentScript],
    [
      'a bad e164',
      { type: 'findings', ...findings, phones: [{ ...findings.phones[0], e164: '8613800138000' }] },
      contentScript,
    ],
    [
      'a negative count',
      { type: 'findings', ...findings, carriers: [{ id: 'china-mobile', region: 'CN', count: -1 }] },
      contentScript,
    ],
    [
      'too many phones',
      { type: 'findings', ...findings, phones: Array(201).fill(findings.phones[0]) },
      contentScript,
    ],
    [
      'a long sample',
      { type: 'findings', ...findings, phones: [{ ...findings.phones[0], sample: 'x'.repeat(81) }] },
      contentScript,
    ],
    [
      'a prototype key',
      JSON.parse('{"__proto__":{"type":"findings"},"phones":[],"carriers":[],"capped":false}'),
      contentScript,
    ],
  ])('drops %s without storing anything', async (_name, message, sender) => {
    const bound = services();
    await expect(answer(message, sender, bound)).resolves.toBeUndefined();
    expect(bound.summaries.puts).toEqual([]);
    expect(bound.onSummaryChanged).not.toHaveBeenCalled();
  });
});

describe('the background, for the popup', () => {
  it('answers with a tab summary, each number described for the home region and each carrier whole', async () => {
    const bound = services({ describe: (e164) => (e164 === '+8613800138000' ? hongKongMobile : null) });
    const reply = await answer({ type: 'describeTab', tabId: 7, homeRegion: 'CN' }, popup, bound);
    expect(reply).toMatchObject({
      summary: { capped: false },
      phones: [
        { entry: { key: '+8613800138000' }, description: hongKongMobile },
        { entry: { key: 'CN:10086' }, description: null },
      ],
      carriers: [{ entry: { id: 'china-mobile', count: 3 }, carrier: { id: 'china-mobile' } }],
    });
    expect((reply as { summary: { phones: { key: string }[] } }).summary.phones.map((p) => p.key)).toEqual([
      '+8613800138000',
      'CN:10086',
    ]);
  });

  it('answers a tab nobody reported from with nothing found', async () => {
    expect(await answer({ type: 'describeTab', tabId: 8, homeRegion: 'CN' }, popup)).toEqual({
      summary: null,
      phones: [],
      carriers: [],
      generalNotes: [],
      sims: [],
    });
  });

  it("lists the reader's SIMs with the days each number has left", async () => {
    const threeHk: Sim = { ...cmhkSim, id: 'three', carrierId: 'three-hk', lastActive: '2026-07-01' };
    const own: Sim = { ...cmhkSim, lastActive: '2026-11-20', keepDays: 30 };
    const bound = services({
      reader: async () => ({ sims: [threeHk, own], settings: defaultSettings('en-US') }),
    });
    const reply = await answer({ type: 'describeTab', tabId: 8, homeRegion: 'HK' }, popup, bound);
    expect(reply).toMatchObject({
      sims: [
        { sim: { id: 'three' }, number: '+852 5123 4567', keep: { basis: 'rule', daysLeft: 22 } },
        {
          sim: { id: 'cmhk' },
          keep: { basis: 'own', validUntil: '2026-12-20', daysLeft: 14 },
          keepNote: null,
        },
      ],
    });
    const sims = (reply as { sims: { keepNote: { source: string } | null }[] }).sims;
    expect(sims[0]?.keepNote?.source).toBe(keepRuleFor('three-hk')?.source);
  });

  it("checks a pasted number with the tab's page in mind, naming its original carrier and entry", async () => {
    const contexts: unknown[] = [];
    const bound = services({
      check: (text, context) => {
        contexts.push(context);
        return text === '5123 4567'
          ? { ok: true, description: hongKongMobile, chosenBy: 'page', alternatives: [], elsewhere: 0 }
          : { ok: false, reason: 'NOT_A_NUMBER' };
      },
    });
    const reply = await answer(
      { type: 'checkNumber', text: '5123 4567', homeRegion: 'CN', language: 'en', tabId: 7 },
      popup,
      bound,
    );
    expect(reply).toMatchObject({
      check: { ok: true, chosenBy: 'page' },
      originalCarrier: { name: 'China Mobile Hong Kong', carrierId: 'cmhk' },
      carrier: { id: 'cmhk' },
    });
    expect(contexts).toEqual([{ homeRegion: 'CN', pageRegion: null, pageNumberRegions: ['CN', 'CN'] }]);
  });

  it('checks a number without a page when no tab is named', async () => {
    const reply = await answer(
      { type: 'checkNumber', text: 'call me', homeRegion: 'CN', language: 'en' },
      popup,
    );
    expect(reply).toEqual({
      check: { ok: false, reason: 'NOT_A_NUMBER' },
      originalCarrier: null,
      carrier: null,
      mine: null,
    });
  });

  it("gives a checked number the reader's SIM lines too", async () => {
    const bound = services({
      check: () => ({
        ok: true,
        description: hongKongMobile,
        chosenBy: 'written',
        alternatives: [],
        elsewhere: 0,
      }),
      reader: async () => ({ sims: [cmhkSim], settings: { ...defaultSettings('en-US'), homeRegion: 'HK' } }),
    });
    const reply = await answer(
      { type: 'checkNumber', text: '+852 5123 4567', homeRegion: 'HK', language: 'en' },
      popup,
      bound,
    );
    expect(reply).toMatchObject({
      mine: {
        where: 'HK',
        lines: [{ simId: 'cmhk', roaming: false, dial: { form: 'national', value: '5123 4567' } }],
      },
    });
  });

  it.each<[string, unknown, MessageSenderInfo]>([
    [
      'a summary request from a content script',
      { type: 'describeTab', tabId: 7, homeRegion: 'CN' },
      contentScript,
    ],
    ['a negative tab id', { type: 'describeTab', tabId: -1, homeRegion: 'CN' }, popup],
    [
      'a check from a content script',
      { type: 'checkNumber', text: '10086', homeRegion: 'CN', language: 'en' },
      contentScript,
    ],
    [
      'a check of a whole page',
      { type: 'checkNumber', text: '1'.repeat(201), homeRegion: 'CN', language: 'en' },
      popup,
    ],
  ])('ignores %s', async (_name, message, sender) => {
    expect(await answer(message, sender)).toBeUndefined();
  });
});
