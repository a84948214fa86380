import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../../components/HoverCard';
import type { PhoneFinding } from '../../../lib/finding';
import { createTranslator } from '../../../lib/i18n';
import type { CardContent as HoverCardContent } from '../../../lib/page/card-content';
import { carrier, hongKongMobile, simLines } from './fixtures';

const finding: PhoneFinding = {
  kind: 'phone',
  start: 0,
  end: 9,
  text: '5123 4567',
  e164: '+85251234567',
  region: 'HK',
  type: 'MOBILE',
};

function mount(content: HoverCardContent, language: 'en' | 'zh-Hans' | 'zh-Hant' = 'en', onClose = vi.fn()) {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <HoverCard
      content={content}
      homeRegion="CN"
      i18n={createTranslator(language)}
      today="2026-12-05"
      onClose={onClose}
    />,
    host,
  );
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('HoverCard for a number', () => {
  const content: HoverCardContent = {
    kind: 'phone',
    finding,
    description: hongKongMobile,
    originalCarrier: { name: 'SmarTone', carrierId: 'smartone' },
    regionRule: 'tld',
    mine: null,
  };

  it.each([
    'From China dial',
    '00 852 5123 4567',
    '+852 5123 4567',
    '5123 4567',
    '+85251234567',
    'tel:+852-5123-4567',
    'Hong Kong',
    'Mobile',
    'Mobile numbers can receive SMS',
    'Original carrier',
    'SmarTone',
    'it may have moved',
    "the site's country domain",
  ])('shows %j', (text) => {
    expect(mount(content).textContent).toContain(text);
  });

  it('offers call and text links', () => {
    const links = [...mount(content).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:+852-5123-4567', 'sms:+85251234567']);
  });

  it.each([
    ['a toll-free number', 'tollFree'],
    ['a landline', 'fixed'],
    ['a premium-rate number', 'premium'],
  ] as const)('offers no Text link for %s, which the card says cannot take one', (_name, smsHint) => {
    const host = mount({ ...content, description: { ...hongKongMobile, smsHint } });
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'tel:+852-5123-4567',
    ]);
  });

  it('has a copy button per form that copies that form', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const buttons = [...mount(content).querySelectorAll<HTMLButtonElement>('button.dw-copy')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Copy From China dial',
      'Copy International',
      'Copy National',
      'Copy E.164',
      'Copy tel: link',
    ]);
    buttons[1]?.click();
    await vi.waitFor(() => expect(buttons[1]?.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith('+852 5123 4567');
  });

  it('speaks the chosen language', () => {
    const text = mount(content, 'zh-Hant').textContent;
    expect(text).toContain('從中國撥打');
    expect(text).toContain('原始電訊商');
  });

  it('closes on Escape and on the close button', () => {
    const onClose = vi.fn();
    const host = mount(content, 'en', onClose);
    host.querySelector<HTMLButtonElement>('.dw-close')?.click();
    host
      .querySelector('.dw-card')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("says when the number's own country code placed it", () => {
    expect(mount({ ...content, regionRule: 'written' }).textContent).toContain(
      "the number's own country code",
    );
  });

  it("says when the number's shape placed it, not the page", () => {
    const text = mount({ ...content, regionRule: 'shape' }).textContent;
    expect(text).toContain("the number's own shape");
    expect(text).not.toContain("the site's country domain");
  });

  it('leaves out the region rule when there is none to tell', () => {
    expect(mount({ ...content, regionRule: null }).textContent).not.toContain('Region chosen by');
  });

  const shortCode = {
    ...finding,
    text: '10086',
    e164: null,
    shortCode: '10086',
    region: 'CN',
    type: 'SHORT_CODE',
  };

  const hotline = {
    kind: 'carrier-hotline' as const,
    name: {
      en: 'China Mobile customer service hotline',
      zhHans: '中国移动客服热线',
      zhHant: '中國移動客服熱線',
    },
    carrier: { id: 'china-mobile', names: { en: 'China Mobile', zhHans: '中国移动', zhHant: '中國移動' } },
    fromAbroad: null,
    source: 'https://www.10086.cn/support/',
    sourceKind: 'carrier' as const,
  };

  it('says a code no source lists reaches what nobody knows, and nothing of calling it from abroad', () => {
    const description = { services: [], owner: null };
    const text = mount({ kind: 'short-code', finding: shortCode, description }).textContent;
    expect(text).toContain('Service number');
    expect(text).toContain('what it reaches is not known');
    expect(text).toContain('From abroad or while roaming');
    expect(text).toContain('No source found.');
  });

  it('says what a listed code reaches, who runs it and which kind of page says so', () => {
    const description = { services: [hotline], owner: null };
    const host = mount({ kind: 'short-code', finding: shortCode, description });
    expect(host.textContent).toContain('Carrier hotline');
    expect(host.textContent).toContain('China Mobile customer service hotline');
    expect(host.textContent).toContain('Run by China Mobile');
    expect(host.querySelector('a[href="https://www.10086.cn/support/"]')?.textContent).toBe(
      "Source: the carrier's own page: www.10086.cn",
    );
    expect(host.textContent).toContain('No source found.');
  });

  it('gives what the source says of calling from abroad, in the card language, and no "no source"', () => {
    const fromAbroad = {
      en: 'Abroad, call +86 10 12308.',
      zhHans: '在境外拨打 +86 10 12308。',
      zhHant: '在境外撥打 +86 10 12308。',
    };
    const description = { services: [{ ...hotline, fromAbroad }], owner: null };
    const text = mount({ kind: 'short-code', finding: shortCode, description }, 'zh-Hant').textContent;
    expect(text).toContain('在境外或漫遊時');
    expect(text).toContain('在境外撥打 +86 10 12308。');
    expect(text).not.toContain('未找到來源');
  });

  it('lists every carrier that answers a code of its own', () => {
    const softbank = {
      ...hotline,
      carrier: { id: 'softbank', names: { en: 'SoftBank', zhHans: '软银', zhHant: '軟銀' } },
    };
    const description = { services: [hotline, softbank], owner: null };
    const host = mount({ kind: 'short-code', finding: shortCode, description });
    expect(host.querySelectorAll('.dw-lines li')).toHaveLength(2);
    expect(host.textContent).toContain('Run by SoftBank');
  });

  it('names who runs a short code and gives the lines that work from abroad', () => {
    const owner = {
      carrier: { id: 'china-mobile', names: { en: 'China Mobile', zhHans: '中国移动', zhHant: '中國移動' } },
      fromAbroad: [
        {
          number: '+86 13800100186',
          purpose: { en: 'International roaming hotline', zhHans: '国际漫游热线', zhHant: '國際漫遊熱線' },
          from: 'abroad' as const,
        },
      ],
    };
    const host = mount(
      { kind: 'short-code', finding: shortCode, description: { services: [], owner } },
      'zh-Hans',
    );
    expect(host.textContent).toContain('运营方：中国移动');
    expect(host.textContent).toContain('在境外请改拨');
    expect(host.querySelector('a[href="tel:+8613800100186"]')?.textContent).toBe('+86 13800100186');
    expect(host.textContent).toContain('国际漫游热线');
  });

  it('lists a USSD code from abroad without a call link, since a phone may run it at once', () => {
    const owner = {
      carrier: { id: 'att', names: { en: 'AT&T', zhHans: 'AT&T', zhHant: 'AT&T' } },
      fromAbroad: [
        {
          number: '*611',
          purpose: { en: 'Customer care', zhHans: '客服', zhHant: '客服' },
          from: 'anywhere' as const,
        },
        {
          number: '+1 916 843 4685',
          purpose: { en: 'From abroad', zhHans: '境外', zhHant: '境外' },
          from: 'abroad' as const,
        },
      ],
    };
    const host = mount({
      kind: 'short-code',
      finding: { ...shortCode, region: 'US', shortCode: '611' },
      description: { services: [], owner },
    });
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['tel:+19168434685']);
    expect(host.textContent).toContain('*611');
  });
});

describe("HoverCard for a number, with the reader's SIMs", () => {
  const content: HoverCardContent = {
    kind: 'phone',
    finding,
    description: hongKongMobile,
    originalCarrier: null,
    regionRule: null,
    mine: { where: 'CN', lines: simLines, messengers: [] },
  };
  const lineTexts = (host: HTMLElement) =>
    [...host.querySelectorAll('.dw-sim-line')].map((line) => line.textContent ?? '');

  it.each([
    [
      'en',
      'From your SIMs, in China',
      ['HK card · China Mobile Hong KongDial +852 5123 4567 · roaming · can text it', 'No source found.'],
      'No number on this SIM: it cannot call or text.',
    ],
    [
      'zh-Hans',
      '用你的 SIM 卡，在中国',
      ['香港卡 · 中国移动香港拨打 +852 5123 4567 · 漫游中 · 可发短信', '未找到来源'],
      '此卡没有号码',
    ],
    [
      'zh-Hant',
      '用你的 SIM 卡，在中國',
      ['香港卡 · 中國移動香港撥打 +852 5123 4567 · 漫遊中 · 可發短訊', '未找到來源'],
      '此卡沒有號碼',
    ],
  ] as const)('gives one line per SIM in %s', (language, heading, roamingLine, esimLine) => {
    const host = mount(
      {
        ...content,
        mine: {
          where: 'CN',
          lines: simLines.map((line) => ({
            ...line,
            label: line.label && (language === 'en' ? 'HK card' : '香港卡'),
          })),
          messengers: [],
        },
      },
      language,
    );
    expect(host.querySelector('.dw-sims .dw-topic-title')?.textContent).toBe(heading);
    const [first, second] = lineTexts(host);
    for (const part of roamingLine) expect(first).toContain(part);
    expect(second).toContain(esimLine);
  });

  it("shows the sourced answer of a SIM's carrier with its provenance and source link", () => {
    const host = mount(content);
    const esim = host.querySelectorAll('.dw-sim-line')[1];
    expect(esim?.textContent).toContain('Comes with a phone number');
    expect(esim?.textContent).toContain('Data only, no phone number.');
    expect(esim?.querySelector('a')?.getAttribute('href')).toBe('https://www.airalo.example/faq');
  });

  it('offers the chat links the reader turned on, for a mobile number only', () => {
    const withLinks = {
      ...content,
      mine: { where: 'CN' as const, lines: [], messengers: ['whatsapp', 'signal'] as const },
    };
    const hrefs = (host: HTMLElement) =>
      [...host.querySelectorAll('.dw-action')].map((a) => a.getAttribute('href'));
    expect(
      hrefs(mount({ ...withLinks, mine: { ...withLinks.mine, messengers: [...withLinks.mine.messengers] } })),
    ).toEqual([
      'tel:+852-5123-4567',
      'sms:+85251234567',
      'https://wa.me/85251234567',
      'https://signal.me/#p/+85251234567',
    ]);
    document.body.innerHTML = '';
    const landline = {
      ...hongKongMobile,
      type: 'FIXED_LINE' as const,
      plusForm: null,
      smsHint: 'fixed' as const,
    };
    expect(
      hrefs(
        mount({
          ...withLinks,
          description: landline,
          mine: { ...withLinks.mine, messengers: [...withLinks.mine.messengers] },
        }),
      ),
    ).toEqual(['tel:+852-5123-4567']);
  });

  it('shows nothing of SIMs to a reader who has none', () => {
    expect(
      mount({ ...content, mine: { where: 'CN', lines: [], messengers: [] } }).querySelector('.dw-sims'),
    ).toBeNull();
  });
});

describe('HoverCard for a product no source ties to a carrier', () => {
  it.each<['en' | 'zh-Hans' | 'zh-Hant', string]>([
    ['en', 'A product name; no source ties it to csl.'],
    ['zh-Hans', '这是产品名称，没有来源表明它属于csl 香港。'],
    ['zh-Hant', '這是產品名稱，沒有來源表明它屬於csl 香港。'],
  ])('names the product and says the claim is unsourced, in %s', (language, sentence) => {
    const host = mount({ kind: 'unconfirmed-product', name: '远游卡', claimedFor: carrier }, language);
    expect(host.querySelector('.dw-card-title')?.textContent).toBe('远游卡');
    expect(host.textContent).toContain(sentence);
    expect(host.querySelector('.dw-question')).toBeNull();
  });
});

describe('HoverCard for a carrier', () => {
  it('shows names, region, kind, the answers to the two questions readers ask most, and a pointer to the popup', () => {
    const answered = {
      ...carrier,
      notes: carrier.notes.map((note) =>
        note.topic === 'keepNumber' ? { ...note, answers: ['keepNumber' as const] } : note,
      ),
    };
    const host = mount({ kind: 'carrier', carrier: answered });
    const text = host.textContent ?? '';
    expect(text).toContain('CSL Mobile');
    expect(text).toContain('Hong Kong');
    expect(text).toContain('Mobile operator');
    expect([...host.querySelectorAll('.dw-question dt')].map((dt) => dt.textContent)).toEqual([
      'Texts and codes reach it abroad',
      'Keeping the number',
    ]);
    expect(text).toContain('No source found.');
    expect(text).toContain('Top up every 180 days.');
    expect(text).toContain('Checked May 1, 2025');
    expect(host.querySelector('.dw-question a')?.getAttribute('href')).toBe('https://www.example.hk/plans');
    expect(text).toContain('More notes in the Dialwise toolbar button.');
  });

  it('does not repeat the name the title already gives', () => {
    const host = mount({ kind: 'carrier', carrier });
    expect(host.querySelector('.dw-card-title')?.textContent).toBe('csl');
    expect(host.querySelector('.dw-headline')).toBeNull();
  });

  it('uses the carrier names of the chosen language', () => {
    expect(mount({ kind: 'carrier', carrier }, 'zh-Hans').textContent).toContain('csl 香港');
  });
});
