import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../../components/PopupView';
import { createTranslator } from '../../../lib/i18n';
import type { SimStatus } from '../../../lib/sims/sim-status';
import type { PageState } from '../../../lib/summary/page-state';
import { carrier, hongKongMobile } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const summary = {
  phones: [
    {
      key: '+85251234567',
      e164: '+85251234567',
      region: 'HK',
      type: 'MOBILE',
      count: 3,
      sample: '5123 4567',
      frameId: 0,
    },
    {
      key: 'CN:10086',
      e164: null,
      shortCode: '10086',
      region: 'CN',
      type: 'SHORT_CODE',
      count: 1,
      sample: '10086',
      frameId: 2,
    },
  ],
  carriers: [{ id: 'csl-hk', region: 'HK', count: 2, frameId: 0 }],
  capped: false,
};

function props(page: PageState, overrides: Partial<PopupViewProps> = {}): PopupViewProps {
  const scanned = page.kind === 'scanned' && page.summary.phones.length > 0;
  return {
    i18n: createTranslator('en'),
    page,
    homeRegion: 'CN',
    currentRegion: null,
    sims: [],
    today: '2026-12-05',
    hostname: 'shop.example.hk',
    siteEnabled: true,
    phones: scanned
      ? [
          {
            entry: summary.phones[0] as PopupViewProps['phones'][number]['entry'],
            description: hongKongMobile,
          },
          { entry: summary.phones[1] as PopupViewProps['phones'][number]['entry'], description: null },
        ]
      : [],
    carriers: scanned
      ? [{ entry: summary.carriers[0] as PopupViewProps['carriers'][number]['entry'], carrier }]
      : [],
    generalNotes: [],
    formatterText: '',
    revealMissed: false,
    formatterOutcome: null,
    onFormatterInput: vi.fn(),
    onReveal: vi.fn(),
    onHomeRegionChange: vi.fn(),
    onCurrentRegionChange: vi.fn(),
    onSiteToggle: vi.fn(),
    onOpenSettings: vi.fn(),
    ...overrides,
  };
}

function mount(p: PopupViewProps) {
  const host = document.createElement('div');
  document.body.append(host);
  render(<PopupView {...p} />, host);
  return host;
}

describe('PopupView', () => {
  it('lists numbers with region, type and count, and carriers with all their notes by topic', () => {
    const text = mount(props({ kind: 'scanned', summary })).textContent ?? '';
    for (const expected of [
      'Numbers on this page',
      '+852 5123 4567',
      'Hong Kong · Mobile',
      '×3',
      '10086',
      'Service number',
      'Carriers on this page',
      'Day passes abroad.',
      'Older roaming note.',
      'Top up every 180 days.',
      'eSIM from the app.',
      'Keeping the number',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('asks the right frame to reveal a clicked finding', () => {
    const p = props({ kind: 'scanned', summary });
    const host = mount(p);
    const buttons = host.querySelectorAll<HTMLButtonElement>('button.dw-finding');
    buttons[1]?.click();
    host.querySelector<HTMLButtonElement>('.dw-carrier-item button')?.click();
    expect(p.onReveal).toHaveBeenNthCalledWith(1, 'phone', 'CN:10086', 2);
    expect(p.onReveal).toHaveBeenNthCalledWith(2, 'carrier', 'csl-hk', 0);
  });

  it.each<[PageState, string]>([
    [
      { kind: 'scanned', summary: { phones: [], carriers: [], capped: false } },
      'No phone numbers or carriers found',
    ],
    [{ kind: 'restricted' }, "Dialwise can't read this page"],
    [{ kind: 'not-scanned' }, 'reload it'],
    [{ kind: 'loading' }, 'still loading'],
    [{ kind: 'site-off' }, 'Dialwise is off on this site.'],
  ])('says what is going on for %j', (page, message) => {
    const host = mount(props(page));
    expect(host.querySelector('[role="status"]')?.textContent).toContain(message);
    expect(host.querySelector('#dw-formatter')).not.toBeNull();
  });

  it('hides the site switch where extensions cannot run', () => {
    expect(mount(props({ kind: 'restricted' })).querySelector('[role="switch"]')).toBeNull();
  });

  it('switches the site off', () => {
    const p = props({ kind: 'scanned', summary });
    const host = mount(p);
    const toggle = host.querySelector<HTMLInputElement>('[role="switch"]');
    expect(toggle?.closest('label')?.textContent).toBe('Mark numbers on shop.example.hk');
    toggle?.click();
    expect(p.onSiteToggle).toHaveBeenCalledWith(false);
  });

  it('changes the home region', () => {
    const p = props({ kind: 'scanned', summary });
    const select = mount(p).querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('CN');
    select.value = 'HK';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onHomeRegionChange).toHaveBeenCalledWith('HK');
  });

  it('opens on the formatter with the selected text from the context menu', () => {
    const host = mount(props({ kind: 'formatter-only' }, { formatterText: '+852 5123 4567' }));
    expect(host.querySelector('input')?.value).toBe('+852 5123 4567');
    expect(host.querySelector('[role="status"]')).toBeNull();
  });

  it('shows general notes', () => {
    const host = mount(props({ kind: 'loading' }, { generalNotes: carrier.notes.slice(0, 1) }));
    expect(host.textContent).toContain('Good to know');
    expect(host.textContent).toContain('eSIM from the app.');
  });

  it('changes where the reader is now with one pick, next to the home region', () => {
    const p = props({ kind: 'scanned', summary });
    const selects = mount(p).querySelectorAll('select');
    const current = selects[1] as HTMLSelectElement;
    expect(current.value).toBe('');
    current.value = 'CN';
    current.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onCurrentRegionChange).toHaveBeenCalledWith('CN');
  });
});

const keepNote = carrier.notes.find((note) => note.topic === 'keepNumber');
const statuses: SimStatus[] = [
  {
    sim: {
      id: 'a',
      carrierId: 'csl-hk',
      number: '+85251234567',
      label: 'Bank codes',
      kind: 'prepaid',
      lastActive: '2026-06-20',
      keepDays: null,
    },
    carrier: { id: 'csl-hk', names: carrier.names },
    number: '+852 5123 4567',
    keep: { basis: 'rule', validUntil: '2026-12-17', lostAfter: '2026-12-17', daysLeft: 12, daysToLoss: 12 },
    keepNote: keepNote ?? null,
  },
  {
    sim: {
      id: 'b',
      carrierId: 'other',
      otherName: 'Local MVNO',
      number: '+12015550123',
      label: '',
      kind: 'prepaid',
      lastActive: '2026-11-01',
      keepDays: 90,
    },
    carrier: null,
    number: '+1 201 555 0123',
    keep: { basis: 'own', validUntil: '2027-01-30', lostAfter: '2027-01-30', daysLeft: 56, daysToLoss: 56 },
    keepNote: null,
  },
  {
    sim: {
      id: 'c',
      carrierId: 'other',
      otherName: 'Another',
      number: '+12015550124',
      label: 'No date',
      kind: 'prepaid',
      lastActive: null,
      keepDays: null,
    },
    carrier: null,
    number: '+1 201 555 0124',
    keep: null,
    keepNote: null,
  },
];

describe('PopupView, My SIMs', () => {
  it.each([
    [
      'en',
      'My SIMs',
      [
        '12 days left',
        'valid until Dec 17, 2026',
        'Local MVNO',
        '56 days left',
        'by your own entry',
        'Add the last top-up date',
      ],
    ],
    [
      'zh-Hans',
      '我的 SIM 卡',
      ['还剩 12 天', '有效至', '还剩 56 天', '按你自己填写的天数', '填写上次充值日期'],
    ],
    [
      'zh-Hant',
      '我的 SIM 卡',
      ['還剩 12 天', '有效至', '還剩 56 天', '按你自己填寫的天數', '填寫上次增值日期'],
    ],
  ] as const)('lists each SIM with its days left in %s', (language, heading, parts) => {
    const host = mount(props({ kind: 'loading' }, { i18n: createTranslator(language), sims: statuses }));
    const section = host.querySelector('section[aria-labelledby="dw-my-sims"]');
    expect(section?.querySelector('h2')?.textContent).toBe(heading);
    for (const part of parts) expect(section?.textContent).toContain(part);
  });

  it("marks a SIM within two weeks of its last valid day, and cites the rule's note", () => {
    const host = mount(props({ kind: 'loading' }, { sims: statuses }));
    expect([...host.querySelectorAll('.dw-sim-due')].map((node) => node.textContent)).toEqual([
      '12 days left',
    ]);
    expect(host.querySelector('.dw-sim-line .dw-note-meta a')?.getAttribute('href')).toBe(keepNote?.source);
  });

  it('shows no SIM section to a reader without SIMs', () => {
    expect(
      mount(props({ kind: 'loading' })).querySelector('section[aria-labelledby="dw-my-sims"]'),
    ).toBeNull();
  });

  it('lists a carrier the reader holds first, open, and says so', () => {
    const other = { ...carrier, id: 'other-hk', names: { en: 'Other HK', zhHans: '其他', zhHant: '其他' } };
    const entry = (id: string) => ({ id, region: 'HK', count: 1, frameId: 0 });
    const carriers = ['other-hk', 'x1', 'x2', 'csl-hk'].map((id) => ({
      entry: entry(id),
      carrier: id === 'csl-hk' ? carrier : { ...other, id },
    }));
    const host = mount(props({ kind: 'scanned', summary }, { carriers, sims: statuses }));
    const items = [...host.querySelectorAll('.dw-carrier-item')];
    expect(items[0]?.querySelector('.dw-held')?.textContent).toBe("You hold this carrier's SIM: Bank codes");
    expect(items[0]?.querySelector('details.dw-carrier-details')).toBeNull();
    expect(items[1]?.querySelector('details.dw-carrier-details')).not.toBeNull();
    expect(items.filter((item) => item.querySelector('.dw-held'))).toHaveLength(1);
  });
});
