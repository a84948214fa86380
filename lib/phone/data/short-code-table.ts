/**
 * Short service numbers per region: dialled as written inside the region, not reachable from
 * abroad, and never valid as full numbers. Only long-established, published codes are listed.
 */

export type ShortCodeService = 'emergency' | 'carrier' | 'service';

export interface ShortCodeEntry {
  code: string;
  service: ShortCodeService;
  /** Who answers, as the operator names itself. */
  name: string;
}

// 112 reaches emergency services from any GSM phone in the EU/EEA and many other places.
const EU_112: ShortCodeEntry = { code: '112', service: 'emergency', name: 'Emergency services' };
const EU_112_REGIONS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'NO',
  'LI',
  'CH',
] as const;

const LISTED: Readonly<Record<string, readonly ShortCodeEntry[]>> = {
  CN: [
    { code: '110', service: 'emergency', name: 'Police' },
    { code: '119', service: 'emergency', name: 'Fire' },
    { code: '120', service: 'emergency', name: 'Ambulance' },
    { code: '122', service: 'emergency', name: 'Traffic accidents' },
    { code: '10086', service: 'carrier', name: 'China Mobile' },
    { code: '10010', service: 'carrier', name: 'China Unicom' },
    { code: '10000', service: 'carrier', name: 'China Telecom' },
    { code: '10099', service: 'carrier', name: 'China Broadnet' },
    { code: '114', service: 'service', name: 'Directory enquiries' },
    { code: '12306', service: 'service', name: 'China Railway' },
    { code: '12308', service: 'service', name: 'Consular protection hotline' },
    { code: '12345', service: 'service', name: 'Government service hotline' },
    { code: '12315', service: 'service', name: 'Consumer complaints' },
    { code: '96110', service: 'service', name: 'Anti-fraud hotline' },
    { code: '95588', service: 'service', name: 'ICBC' },
    { code: '95533', service: 'service', name: 'China Construction Bank' },
    { code: '95599', service: 'service', name: 'Agricultural Bank of China' },
    { code: '95566', service: 'service', name: 'Bank of China' },
    { code: '95555', service: 'service', name: 'China Merchants Bank' },
  ],
  HK: [
    { code: '999', service: 'emergency', name: 'Emergency services' },
    { code: '112', service: 'emergency', name: 'Emergency services' },
    { code: '1823', service: 'service', name: 'Government hotline' },
  ],
  MO: [
    { code: '999', service: 'emergency', name: 'Emergency services' },
    { code: '110', service: 'emergency', name: 'Emergency services' },
    { code: '112', service: 'emergency', name: 'Emergency services' },
  ],
  TW: [
    { code: '110', service: 'emergency', name: 'Police' },
    { code: '119', service: 'emergency', name: 'Fire and ambulance' },
    { code: '112', service: 'emergency', name: 'Emergency services' },
    { code: '165', service: 'service', name: 'Anti-fraud hotline' },
  ],
  JP: [
    { code: '110', service: 'emergency', name: 'Police' },
    { code: '119', service: 'emergency', name: 'Fire and ambulance' },
    { code: '118', service: 'emergency', name: 'Coast guard' },
  ],
  KR: [
    { code: '112', service: 'emergency', name: 'Police' },
    { code: '119', service: 'emergency', name: 'Fire and ambulance' },
    { code: '1345', service: 'service', name: 'Immigration contact center' },
  ],
  SG: [
    { code: '999', service: 'emergency', name: 'Police' },
    { code: '995', service: 'emergency', name: 'Fire and ambulance' },
  ],
  MY: [
    { code: '999', service: 'emergency', name: 'Emergency services' },
    { code: '112', service: 'emergency', name: 'Emergency services' },
  ],
  TH: [
    { code: '191', service: 'emergency', name: 'Police' },
    { code: '199', service: 'emergency', name: 'Fire' },
    { code: '1669', service: 'emergency', name: 'Medical emergencies' },
    { code: '1155', service: 'service', name: 'Tourist police' },
  ],
  PH: [{ code: '911', service: 'emergency', name: 'Emergency services' }],
  VN: [
    { code: '113', service: 'emergency', name: 'Police' },
    { code: '114', service: 'emergency', name: 'Fire' },
    { code: '115', service: 'emergency', name: 'Ambulance' },
  ],
  US: [
    { code: '911', service: 'emergency', name: 'Emergency services' },
    { code: '988', service: 'emergency', name: 'Suicide & Crisis Lifeline' },
    { code: '611', service: 'carrier', name: 'Your mobile carrier' },
    { code: '411', service: 'service', name: 'Directory assistance' },
    { code: '311', service: 'service', name: 'City services' },
  ],
  CA: [
    { code: '911', service: 'emergency', name: 'Emergency services' },
    { code: '988', service: 'emergency', name: 'Suicide Crisis Helpline' },
    { code: '611', service: 'carrier', name: 'Your mobile carrier' },
    { code: '811', service: 'service', name: 'Health advice' },
    { code: '211', service: 'service', name: 'Community services' },
  ],
  GB: [
    { code: '999', service: 'emergency', name: 'Emergency services' },
    { code: '112', service: 'emergency', name: 'Emergency services' },
    { code: '111', service: 'service', name: 'NHS 111' },
    { code: '101', service: 'service', name: 'Police non-emergency' },
    { code: '150', service: 'carrier', name: 'EE' },
    { code: '191', service: 'carrier', name: 'Vodafone' },
    { code: '202', service: 'carrier', name: 'O2' },
    { code: '333', service: 'carrier', name: 'Three' },
  ],
  AU: [
    { code: '000', service: 'emergency', name: 'Emergency services' },
    { code: '112', service: 'emergency', name: 'Emergency services' },
  ],
  DE: [
    { code: '110', service: 'emergency', name: 'Police' },
    { code: '112', service: 'emergency', name: 'Fire and ambulance' },
  ],
  FR: [{ code: '112', service: 'emergency', name: 'Emergency services' }],
  ES: [
    { code: '112', service: 'emergency', name: 'Emergency services' },
    { code: '091', service: 'emergency', name: 'National police' },
    { code: '1004', service: 'carrier', name: 'Movistar' },
  ],
  SA: [
    { code: '911', service: 'emergency', name: 'Emergency services' },
    { code: '997', service: 'emergency', name: 'Ambulance' },
    { code: '998', service: 'emergency', name: 'Civil defence' },
    { code: '999', service: 'emergency', name: 'Police' },
  ],
  NZ: [{ code: '111', service: 'emergency', name: 'Emergency services' }],
  IN: [
    { code: '112', service: 'emergency', name: 'Emergency services' },
    { code: '198', service: 'carrier', name: 'Jio' },
  ],
};

/** Regions in listing order: when a code appears in several, the first listing is the fallback. */
export const SHORT_CODES: Readonly<Record<string, readonly ShortCodeEntry[]>> = {
  ...LISTED,
  ...Object.fromEntries(
    EU_112_REGIONS.filter((region) => !(region in LISTED)).map((region) => [region, [EU_112]]),
  ),
};
