import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../../components/OptionsView';
import { createTranslator, type Language } from '../../../lib/i18n';
import { defaultSettings, type Settings } from '../../../lib/settings/settings';
import type { ParsedSims, Sim } from '../../../lib/sims/sim';
import { simEditing } from '../../../lib/sims/sim-editing';
import { simsFileText } from '../../../lib/sims/sim-file';

afterEach(() => {
  document.body.innerHTML = '';
});

interface MountOptions {
  resetFields?: (keyof Settings)[];
  sims?: ParsedSims;
  language?: Language;
  remindersDenied?: boolean;
  saveFailed?: boolean;
}

function mount(settings: Settings = defaultSettings('en-US'), options: MountOptions = {}) {
  const onChange = vi.fn();
  const onSimsChange = vi.fn();
  const onRemindersChange = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <OptionsView
      i18n={createTranslator(options.language ?? 'en')}
      settings={settings}
      resetFields={options.resetFields ?? []}
      saved={false}
      saveFailed={options.saveFailed ?? false}
      sims={options.sims ?? { sims: [], unreadable: 0 }}
      editing={simEditing}
      remindersDenied={options.remindersDenied ?? false}
      onChange={onChange}
      onSimsChange={onSimsChange}
      onRemindersChange={onRemindersChange}
    />,
    host,
  );
  return { host, onChange, onSimsChange, onRemindersChange };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function type(host: Element, selector: string, value: string) {
  const input = host.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
  input.value = value;
  fire(input, input instanceof HTMLSelectElement ? 'change' : 'input');
}

const buttonNamed = (host: Element, text: string) =>
  [...host.querySelectorAll('button')].find((button) => button.textContent?.trim() === text);

const held: Sim[] = [
  {
    id: 'sim-a',
    carrierId: 'cmhk',
    number: '+85251234567',
    label: 'HK card',
    kind: 'prepaid',
    lastActive: '2026-11-01',
    keepDays: 180,
  },
  {
    id: 'sim-b',
    carrierId: 'airalo',
    number: null,
    label: 'Travel eSIM',
    kind: 'data-esim',
    lastActive: null,
    keepDays: null,
  },
];

const fire = (element: Element | null, type: string) =>
  element?.dispatchEvent(new Event(type, { bubbles: true }));

describe('OptionsView', () => {
  it('changes the language and the highlight style', () => {
    const { host, onChange } = mount();
    const language = host.querySelector('select[name="uiLanguage"]') as HTMLSelectElement;
    language.value = 'zh-Hant';
    fire(language, 'change');
    host.querySelector<HTMLInputElement>('input[value="background"]')?.click();
    expect(onChange).toHaveBeenNthCalledWith(1, { uiLanguage: 'zh-Hant' });
    expect(onChange).toHaveBeenNthCalledWith(2, { highlightStyle: 'background' });
  });

  it('adds a site as its hostname and refuses nonsense', async () => {
    const { host, onChange } = mount();
    const input = host.querySelector('#dw-site-input') as HTMLInputElement;
    input.value = 'https://WWW.Example.com/page';
    fire(input, 'input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    fire(host.querySelector('form'), 'submit');
    expect(onChange).toHaveBeenCalledWith({ disabledSites: ['www.example.com'] });
    input.value = 'not a site';
    fire(input, 'input');
    await new Promise((resolve) => setTimeout(resolve, 0));
    fire(host.querySelector('form'), 'submit');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('That is not a site name.');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('removes a site', () => {
    const { host, onChange } = mount({ ...defaultSettings('en-US'), disabledSites: ['a.com', 'b.com'] });
    host.querySelector<HTMLButtonElement>('button[aria-label="Turn Dialwise back on for a.com"]')?.click();
    expect(onChange).toHaveBeenCalledWith({ disabledSites: ['b.com'] });
  });

  it('says which stored settings were reset', () => {
    const { host } = mount(undefined, { resetFields: ['homeRegion', 'hoverDelayMs'] });
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Some stored settings could not be read and were reset: Home region, Card delay on hover.',
    );
  });

  it('sets where the reader is now, and back to home', () => {
    const { host, onChange } = mount({ ...defaultSettings('en-US'), currentRegion: 'CN' });
    const selects = host.querySelectorAll('select');
    const current = [...selects].find((select) =>
      select.closest('label')?.textContent?.includes('Currently in'),
    );
    expect(current?.value).toBe('CN');
    if (!current) throw new Error('no current-region picker');
    current.value = 'HK';
    fire(current, 'change');
    current.value = '';
    fire(current, 'change');
    expect(onChange.mock.calls).toEqual([[{ currentRegion: 'HK' }], [{ currentRegion: null }]]);
  });

  it('switches each chat link on its own, all off by default', () => {
    const { host, onChange } = mount({ ...defaultSettings('en-US'), messengerLinks: ['telegram'] });
    const boxes = [...host.querySelectorAll<HTMLInputElement>('input[name="messengerLinks"]')];
    expect(boxes.map((box) => [box.value, box.checked])).toEqual([
      ['whatsapp', false],
      ['telegram', true],
      ['signal', false],
    ]);
    boxes[2]?.click();
    boxes[1]?.click();
    expect(onChange.mock.calls).toEqual([
      [{ messengerLinks: ['telegram', 'signal'] }],
      [{ messengerLinks: [] }],
    ]);
  });

  it('asks for reminders through its own callback, and says when the browser refused', () => {
    const { host, onRemindersChange } = mount(undefined, { remindersDenied: true });
    host.querySelector<HTMLInputElement>('input[name="keepReminders"]')?.click();
    expect(onRemindersChange).toHaveBeenCalledWith(true);
    expect(host.textContent).toContain('The browser did not allow notifications');
  });
});

describe('OptionsView, My SIMs', () => {
  it('adds a SIM picked by its alias, with its number read in the carrier region and formatted', async () => {
    const { host, onSimsChange } = mount();
    buttonNamed(host, 'Add a SIM')?.click();
    await settle();
    type(host, '#dw-sim-carrier', 'CMHK');
    await settle();
    buttonNamed(host, '🇭🇰 China Mobile Hong Kong')?.click();
    await settle();
    type(host, 'input[name="simNumber"]', '5123 4567');
    type(host, 'input[name="simLabel"]', 'Bank codes');
    type(host, 'input[name="simLastActive"]', '2026-11-20');
    await settle();
    // No source gives CMHK's keep-number rule: the reader's own entry is asked for.
    expect(host.textContent).toContain('no source we have gives');
    type(host, 'input[name="simKeepDays"]', '120');
    await settle();
    fire(host.querySelector('.dw-sim-form'), 'submit');
    expect(onSimsChange).toHaveBeenCalledWith([
      expect.objectContaining({
        carrierId: 'cmhk',
        number: '+85251234567',
        label: 'Bank codes',
        kind: 'prepaid',
        lastActive: '2026-11-20',
        keepDays: 120,
      }),
    ]);
  });

  it("shows a carrier's sourced keep-number rule instead of asking", async () => {
    const { host } = mount();
    buttonNamed(host, 'Add a SIM')?.click();
    await settle();
    type(host, '#dw-sim-carrier', '中華電信');
    await settle();
    buttonNamed(host, '🇹🇼 Chunghwa Telecom')?.click();
    await settle();
    expect(host.textContent).toContain('Keeps the number: 180 days after each top-up');
    expect(host.querySelector('input[name="simKeepDays"]')).toBeNull();
    expect(host.querySelector('.dw-sim-form a')?.getAttribute('href')).toContain('cht.com.tw');
  });

  it('keeps a carrier the knowledge base lacks as "other", and a data-only eSIM without a number', async () => {
    const { host, onSimsChange } = mount();
    buttonNamed(host, 'Add a SIM')?.click();
    await settle();
    type(host, '#dw-sim-carrier', 'Tiny Local eSIM');
    await settle();
    buttonNamed(host, 'Other: Tiny Local eSIM')?.click();
    type(host, 'select[name="simKind"]', 'data-esim');
    await settle();
    fire(host.querySelector('.dw-sim-form'), 'submit');
    expect(onSimsChange).toHaveBeenCalledWith([
      expect.objectContaining({
        carrierId: 'other',
        otherName: 'Tiny Local eSIM',
        number: null,
        kind: 'data-esim',
      }),
    ]);
  });

  it.each([
    ['a number that is not one', '5123', 'This is not a valid phone number.'],
    ['no number on a prepaid SIM', '', 'Enter the SIM'],
  ])('refuses %s and saves nothing', async (_name, number, message) => {
    const { host, onSimsChange } = mount();
    buttonNamed(host, 'Add a SIM')?.click();
    await settle();
    type(host, '#dw-sim-carrier', 'csl');
    await settle();
    buttonNamed(host, '🇭🇰 csl')?.click();
    type(host, 'input[name="simNumber"]', number);
    await settle();
    fire(host.querySelector('.dw-sim-form'), 'submit');
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(onSimsChange).not.toHaveBeenCalled();
  });

  it('moves and removes SIMs', () => {
    const { host, onSimsChange } = mount(undefined, { sims: { sims: held, unreadable: 0 } });
    host.querySelector<HTMLButtonElement>('button[aria-label="Move Travel eSIM up"]')?.click();
    host.querySelector<HTMLButtonElement>('button[aria-label="Remove HK card"]')?.click();
    expect(onSimsChange.mock.calls.map(([sims]) => (sims as Sim[]).map((sim) => sim.id))).toEqual([
      ['sim-b', 'sim-a'],
      ['sim-b'],
    ]);
    expect(host.querySelector<HTMLButtonElement>('button[aria-label="Move HK card up"]')?.disabled).toBe(
      true,
    );
  });

  it('says how many stored entries could not be read', () => {
    const { host } = mount(undefined, { sims: { sims: held, unreadable: 2 } });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      '2 stored SIM entries could not be read',
    );
  });

  it('exports the list as a file', () => {
    const { host } = mount(undefined, { sims: { sims: held, unreadable: 0 } });
    const link = host.querySelector<HTMLAnchorElement>('a[download]');
    expect(link?.getAttribute('download')).toBe('dialwise-sims.json');
    expect(decodeURIComponent(link?.getAttribute('href')?.split(',').slice(1).join(',') ?? '')).toBe(
      simsFileText(held),
    );
  });

  const importing = async (host: Element, text: string) => {
    const input = host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'sims.json')], configurable: true });
    fire(input, 'change');
    await vi.waitFor(() => expect(host.querySelector('.dw-sim-buttons + p')).not.toBeNull());
  };

  it('imports a good file on top of the SIMs held', async () => {
    const { host, onSimsChange } = mount(undefined, { sims: { sims: [held[0] as Sim], unreadable: 0 } });
    await importing(host, simsFileText([held[1] as Sim]));
    expect(onSimsChange).toHaveBeenCalledWith(held);
    expect(host.textContent).toContain('Imported 1 SIMs.');
  });

  it.each([
    ['not JSON', '{"format": "dialwise', 'is not a Dialwise SIM export (it is not JSON)'],
    ['another file', '{"contacts": []}', 'is not a Dialwise SIM export. Nothing was changed.'],
    [
      'a file with one bad SIM',
      simsFileText(held).replace('"data-esim"', '"pager"'),
      'SIM number 2 in that file cannot be read. Nothing was changed.',
    ],
  ])('rejects %s with a clear message and changes nothing', async (_name, text, message) => {
    const { host, onSimsChange } = mount(undefined, { sims: { sims: held, unreadable: 0 } });
    await importing(host, text);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(onSimsChange).not.toHaveBeenCalled();
  });

  it.each([
    ['en', 'My SIMs', 'Add a SIM', 'Data-only eSIM', 'Currently in'],
    ['zh-Hans', '我的 SIM 卡', '添加 SIM 卡', '纯数据 eSIM', '当前所在'],
    ['zh-Hant', '我的 SIM 卡', '加入 SIM 卡', '純數據 eSIM', '目前所在'],
  ] as const)('speaks %s', (language, heading, add, kind, current) => {
    const { host } = mount(undefined, { sims: { sims: held, unreadable: 0 }, language });
    expect(host.querySelector('#dw-sims-heading')?.textContent).toBe(heading);
    expect(buttonNamed(host, add)).toBeDefined();
    expect(host.textContent).toContain(kind);
    expect(host.textContent).toContain(current);
  });
});

describe('OptionsView when storage refuses a change', () => {
  it.each([
    ['en', 'nothing was saved'],
    ['zh-Hans', '没有保存任何内容'],
    ['zh-Hant', '沒有儲存任何內容'],
  ] as const)('says in %s that nothing was saved', (language, words) => {
    const { host } = mount(defaultSettings('en-US'), { language, saveFailed: true });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(words);
  });
});
