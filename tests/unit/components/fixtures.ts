import type { Carrier, Note } from '../../../lib/carriers/schema';
import type { NumberDescription } from '../../../lib/phone/describe';
import type { SimLine } from '../../../lib/sims/reach';

export const hongKongMobile: NumberDescription = {
  e164: '+85251234567',
  region: 'HK',
  type: 'MOBILE',
  forms: {
    e164: '+85251234567',
    international: '+852 5123 4567',
    national: '5123 4567',
    rfc3966: 'tel:+852-5123-4567',
  },
  dialFromHome: '00 852 5123 4567',
  plusForm: '+852 5123 4567',
  smsHint: 'mobile',
};

const note = (topic: Note['topic'], en: string, checked: string): Note => ({
  topic,
  text: { en, zhHans: `${en}（简）`, zhHant: `${en}（繁）` },
  source: 'https://www.example.hk/plans',
  sourceKind: 'carrier',
  checked,
});

export const carrier: Carrier = {
  id: 'csl-hk',
  region: 'HK',
  kind: 'operator',
  names: { en: 'csl', zhHans: 'csl 香港', zhHant: 'csl 香港', local: 'CSL Mobile' },
  aliases: [],
  ambiguous: [],
  serviceNumbers: [],
  notes: [
    note('esim', 'eSIM from the app.', '2025-03-01'),
    note('roaming', 'Day passes abroad.', '2025-04-01'),
    note('roaming', 'Older roaming note.', '2024-01-01'),
    note('keepNumber', 'Top up every 180 days.', '2025-05-01'),
    note('sms', 'SMS works while roaming.', '2025-02-01'),
  ],
};

/** A roaming CMHK card with no sourced answer on texting from abroad, and a data-only eSIM with one. */
export const simLines: SimLine[] = [
  {
    simId: 'cmhk',
    label: 'HK card',
    carrier: {
      id: 'cmhk',
      names: { en: 'China Mobile Hong Kong', zhHans: '中国移动香港', zhHant: '中國移動香港' },
    },
    otherName: null,
    kind: 'prepaid',
    roaming: true,
    dial: { form: 'international', value: '+852 5123 4567' },
    text: true,
    answers: [{ question: 'sendSmsAbroad', notes: [] }],
  },
  {
    simId: 'esim',
    label: '',
    carrier: { id: 'airalo', names: { en: 'Airalo', zhHans: 'Airalo', zhHant: 'Airalo' } },
    otherName: null,
    kind: 'data-esim',
    roaming: false,
    dial: null,
    text: false,
    answers: [
      {
        question: 'hasNumber',
        notes: [
          {
            topic: 'esim',
            text: {
              en: 'Data only, no phone number.',
              zhHans: '只有数据，没有电话号码。',
              zhHant: '只有數據，沒有電話號碼。',
            },
            source: 'https://www.airalo.example/faq',
            sourceKind: 'carrier',
            answers: ['hasNumber'],
          },
        ],
      },
    ],
  },
];
