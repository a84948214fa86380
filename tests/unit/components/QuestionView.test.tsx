import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionView } from '../../../components/QuestionView';
import type { Carrier, Note } from '../../../lib/carriers/schema';
import { createTranslator, type Language } from '../../../lib/i18n';
import { carrier } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const today = '2026-12-05';

const answer = (more: Partial<Note>): Note => ({
  topic: 'keepNumber',
  text: {
    en: 'Top up HK$50 every 180 days.',
    zhHans: '每 180 日增值 50 港元。',
    zhHant: '每 180 日增值 50 港元。',
  },
  source: 'https://www.example.hk/keep',
  sourceKind: 'carrier',
  answers: ['keepNumber'],
  ...more,
});

const withAnswers: Carrier = {
  ...carrier,
  notes: [
    answer({ sourceDate: '2025' }),
    answer({
      topic: 'sms',
      text: { en: 'Texts arrive free abroad.', zhHans: '境外收短信免费。', zhHant: '境外收短訊免費。' },
      sourceKind: 'third-party',
      sourceDate: '2018',
      answers: ['receiveSmsAbroad'],
    }),
    answer({ answers: ['sendSmsAbroad'], validUntil: '2025-03-31' }),
  ],
  unanswered: ['hasNumber'],
};

function mount(language: Language) {
  const host = document.createElement('div');
  document.body.append(host);
  render(<QuestionView carrier={withAnswers} i18n={createTranslator(language)} today={today} />, host);
  return host;
}

describe('QuestionView', () => {
  it.each<[Language, string[]]>([
    [
      'en',
      [
        'Keeping the number',
        'Top up HK$50 every 180 days.',
        "the carrier's own page, 2025",
        'a third-party page, 2018 · possibly out of date',
        'Comes with a phone number',
        'No source found.',
      ],
    ],
    [
      'zh-Hans',
      [
        '保号',
        '每 180 日增值 50 港元。',
        '运营商官方页面，2025 年',
        '第三方页面，2018 年 · 可能已过时',
        '未找到来源。',
      ],
    ],
    ['zh-Hant', ['保號', '營運商官方頁面，2025 年', '第三方頁面，2018 年 · 可能已過時', '未找到來源。']],
  ])('answers each question with its provenance, or says no source was found, in %s', (language, texts) => {
    const text = mount(language).textContent ?? '';
    for (const expected of texts) expect(text).toContain(expected);
  });

  it('gives all six questions a line, and hides an offer past its end', () => {
    const host = mount('en');
    expect(host.querySelectorAll('.dw-question')).toHaveLength(6);
    const sending = [...host.querySelectorAll('.dw-question')].find((q) =>
      q.textContent?.includes('Sending texts'),
    );
    expect(sending?.textContent).toContain('No source found.');
  });

  it('links each answer to its source', () => {
    expect(mount('en').querySelector('.dw-question a')?.getAttribute('href')).toBe(
      'https://www.example.hk/keep',
    );
  });
});
