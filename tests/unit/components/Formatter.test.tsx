import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Formatter } from '../../../components/Formatter';
import { createTranslator } from '../../../lib/i18n';
import type { NumberCheck as FormatterOutcome } from '../../../lib/phone/check-number';
import { hongKongMobile } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(initialText: string, outcome: FormatterOutcome, language: 'en' | 'zh-Hans' = 'en') {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <Formatter
      i18n={createTranslator(language)}
      homeRegion="CN"
      text={initialText}
      outcome={outcome}
      onTextChange={() => {}}
    />,
    host,
  );
  return host;
}

describe('Formatter', () => {
  it.each<[string, FormatterOutcome, string]>([
    ['138 0013', { ok: false, reason: 'TOO_SHORT', region: 'CN' }, 'Too short for a number in China.'],
    [
      '+852 5123 45678 9',
      { ok: false, reason: 'TOO_LONG', region: 'HK' },
      'Too long for a number in Hong Kong.',
    ],
    [
      '+44 20 123',
      { ok: false, reason: 'INVALID_LENGTH', region: 'GB' },
      'No number in United Kingdom has this many digits.',
    ],
    [
      '+1 555 000 0000',
      { ok: false, reason: 'NOT_VALID', region: 'US' },
      "United States doesn't use numbers like this.",
    ],
    ['+999 1234 5678', { ok: false, reason: 'INVALID_COUNTRY' }, 'No country uses +999.'],
    ['00999 1234', { ok: false, reason: 'INVALID_COUNTRY' }, 'No country uses +999.'],
    [
      '1234 5678',
      { ok: false, reason: 'INVALID_COUNTRY' },
      'Start with + and a country code, or set your home region.',
    ],
    ['call me', { ok: false, reason: 'NOT_A_NUMBER' }, "This doesn't look like a phone number."],
    ['138', { ok: false, reason: 'TOO_SHORT' }, 'Too short for a number in China.'],
    [
      '+44 20 123',
      { ok: false, reason: 'TOO_SHORT' },
      'Not a valid number: check the country code and the digits.',
    ],
  ])('explains %j as %j', (text, outcome, message) => {
    expect(mount(text, outcome).querySelector('[role="alert"]')?.textContent).toBe(message);
  });

  it('explains a failure in Chinese', () => {
    const host = mount('+999 1', { ok: false, reason: 'INVALID_COUNTRY' }, 'zh-Hans');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('没有国家使用 +999。');
  });

  it('shows every form of a valid number with copy buttons', () => {
    const host = mount('+852 5123 4567', { ok: true, description: hongKongMobile });
    expect(host.textContent).toContain('Valid number');
    expect(host.textContent).toContain('00 852 5123 4567');
    expect(host.querySelectorAll('button.dw-copy')).toHaveLength(5);
  });

  it('shows nothing for an empty box', () => {
    const host = mount('  ', { ok: false, reason: 'NOT_A_NUMBER' });
    expect(host.querySelector('#dw-formatter-result')?.textContent).toBe('');
  });

  it('hands on what is typed as it is typed', async () => {
    const seen: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <Formatter
        i18n={createTranslator('en')}
        homeRegion="CN"
        text=""
        outcome={null}
        onTextChange={(text) => seen.push(text)}
      />,
      host,
    );
    const input = host.querySelector('input') as HTMLInputElement;
    input.value = 'abc';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toContain('abc');
    expect(host.querySelector('label')?.textContent).toContain('Phone number');
  });
});
