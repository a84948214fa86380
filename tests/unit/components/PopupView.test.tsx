import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../../components/PopupView';
import { createTranslator } from '../../../lib/i18n';
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
});
