import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Formatter } from '../../../components/Formatter';
import type { Language } from '../../../lib/i18n';
import { createTranslator } from '../../../lib/i18n';
import type { ReaderSide } from '../../../lib/messaging/protocol';
import type { NumberCheck as FormatterOutcome } from '../../../lib/phone/check-number';
import { carrier, hongKongMobile, simLines } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A valid check read by `chosenBy`, with no alternatives unless given. */
function valid(
  chosenBy: 'written' | 'page' | 'home' | 'shape',
  more: Partial<FormatterOutcome> = {},
): FormatterOutcome {
  return {
    ok: true,
    description: hongKongMobile,
    chosenBy,
    alternatives: [],
    elsewhere: 0,
    ...more,
  } as FormatterOutcome;
}

function mount(
  initialText: string,
  check: FormatterOutcome,
  language: Language = 'en',
  extra: {
    originalCarrier?: { name: string; carrierId: string | null };
    withCarrier?: boolean;
    mine?: ReaderSide;
  } = {},
) {
  const outcome = {
    check,
    originalCarrier: extra.originalCarrier ?? null,
    carrier: extra.withCarrier ? carrier : null,
    mine: extra.mine ?? null,
  };
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <Formatter
      i18n={createTranslator(language)}
      homeRegion="CN"
      today="2026-12-05"
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
    const host = mount('+852 5123 4567', valid('written'));
    expect(host.textContent).toContain('Valid number');
    expect(host.textContent).toContain('00 852 5123 4567');
    expect(host.querySelectorAll('button.dw-copy')).toHaveLength(5);
  });

  it.each<[string, FormatterOutcome, Language, string]>([
    ['written', valid('written'), 'en', 'Read by the country code written with it.'],
    ['page', valid('page'), 'en', "Read as a number of Hong Kong, the page's region."],
    ['home', valid('home'), 'en', 'Read as a number of Hong Kong, your home region.'],
    [
      'shape',
      valid('shape'),
      'en',
      'Read as a number of Hong Kong by its shape: numbers there are written like this.',
    ],
    ['written', valid('written'), 'zh-Hans', '按号码自带的国家代码识别。'],
    ['page', valid('page'), 'zh-Hans', '按本页所属地区（香港）的号码识别。'],
    ['home', valid('home'), 'zh-Hans', '按你的常住地区（香港）的号码识别。'],
    ['shape', valid('shape'), 'zh-Hans', '按号码格式识别为香港号码：那里的号码是这样写的。'],
    ['written', valid('written'), 'zh-Hant', '按號碼自帶的國碼識別。'],
    ['page', valid('page'), 'zh-Hant', '按本頁所屬地區（香港）的號碼識別。'],
    ['home', valid('home'), 'zh-Hant', '按你的常住地區（香港）的號碼識別。'],
    ['shape', valid('shape'), 'zh-Hant', '按號碼格式識別為香港號碼：那裡的號碼是這樣寫的。'],
  ])('says a number read by its %s region so, in %s', (_step, check, language, sentence) => {
    expect(mount('5123 4567', check, language).textContent).toContain(sentence);
  });

  it('names the other likely regions and counts the rest', () => {
    const text = mount('5123 4567', valid('shape', { alternatives: ['MO'], elsewhere: 12 })).textContent;
    expect(text).toContain('The same digits are also a number in: Macao and 12 more regions.');
  });

  it('names the original carrier as readers know it and opens its notes', () => {
    const host = mount('5123 4567', valid('page'), 'zh-Hans', {
      originalCarrier: { name: '中国移动香港', carrierId: 'cmhk' },
      withCarrier: true,
    });
    expect(host.textContent).toContain('中国移动香港');
    expect(host.querySelector('details summary')?.textContent).toBe('csl 香港关于漫游、短信和保号的说明');
    expect(host.querySelector('details')?.textContent).toContain('Top up every 180 days.（简）');
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
        today="2026-12-05"
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

  it('gives a line per SIM the reader holds for a checked number, and the chat links they turned on', () => {
    const host = mount('+852 5123 4567', valid('written'), 'zh-Hans', {
      mine: { where: 'CN', lines: simLines, messengers: ['telegram'] },
    });
    expect(host.querySelector('.dw-sims .dw-topic-title')?.textContent).toBe('用你的 SIM 卡，在中国');
    expect(host.querySelectorAll('.dw-sim-line')).toHaveLength(2);
    expect(host.querySelector('a[href="https://t.me/+85251234567"]')?.textContent).toBe('在 Telegram 中打开');
  });
});
