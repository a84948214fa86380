import type { Carrier, Note } from '../../../lib/carriers/schema';
import type { NumberDescription } from '../../../lib/phone/describe';

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
