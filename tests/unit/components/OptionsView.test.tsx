import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../../components/OptionsView';
import { createTranslator } from '../../../lib/i18n';
import { defaultSettings, type Settings } from '../../../lib/settings/settings';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(settings: Settings = defaultSettings('en-US'), resetFields: (keyof Settings)[] = []) {
  const onChange = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <OptionsView
      i18n={createTranslator('en')}
      settings={settings}
      resetFields={resetFields}
      saved={false}
      onChange={onChange}
    />,
    host,
  );
  return { host, onChange };
}

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
    const { host } = mount(undefined, ['homeRegion', 'hoverDelayMs']);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Some stored settings could not be read and were reset: Home region, Card delay on hover.',
    );
  });
});
