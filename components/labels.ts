import type { CarrierKind, NoteTopic, Question, SourceKind } from '../lib/carriers/schema';
import type { MessageKey } from '../lib/i18n';
import type { SmsHint } from '../lib/phone/describe';
import type { ShortCodeKind, ShortCodeSourceKind } from '../lib/phone/short-code-schema';
import type { Messenger } from '../lib/settings/settings';

/** Catalog keys for the values the finders and the carrier data use. */

const lineTypes: Record<string, MessageKey> = {
  MOBILE: 'typeMobile',
  FIXED_LINE: 'typeFixedLine',
  FIXED_LINE_OR_MOBILE: 'typeFixedLineOrMobile',
  TOLL_FREE: 'typeTollFree',
  PREMIUM_RATE: 'typePremiumRate',
  SHARED_COST: 'typeSharedCost',
  VOIP: 'typeVoip',
  PERSONAL_NUMBER: 'typePersonalNumber',
  PAGER: 'typePager',
  UAN: 'typeUan',
  VOICEMAIL: 'typeVoicemail',
  SHORT_CODE: 'typeShortCode',
};

export function lineTypeKey(type: string | null | undefined): MessageKey {
  return (type && Object.hasOwn(lineTypes, type) ? lineTypes[type] : undefined) ?? 'typeUnknown';
}

export const carrierKindKeys: Record<CarrierKind, MessageKey> = {
  operator: 'kindOperator',
  mvno: 'kindMvno',
  'esim-seller': 'kindEsimSeller',
  'virtual-number': 'kindVirtualNumber',
};

/** Topics in the order a traveller asks about them. */
export const noteTopicOrder: readonly NoteTopic[] = ['roaming', 'sms', 'keepNumber', 'esim', 'service'];

export const noteTopicKeys: Record<NoteTopic, MessageKey> = {
  roaming: 'topicRoaming',
  sms: 'topicSms',
  esim: 'topicEsim',
  keepNumber: 'topicKeepNumber',
  service: 'topicService',
};

/** "HK" → 🇭🇰 from the two regional-indicator letters; "global" and anything else → 🌐. */
export const questionKeys: Record<Question, MessageKey> = {
  hasNumber: 'questionHasNumber',
  receiveSmsAbroad: 'questionReceiveSmsAbroad',
  sendSmsAbroad: 'questionSendSmsAbroad',
  keepNumber: 'questionKeepNumber',
  topUpFromAbroad: 'questionTopUpFromAbroad',
  serviceFromAbroad: 'questionServiceFromAbroad',
};

export const sourceKindKeys: Record<SourceKind, MessageKey> = {
  carrier: 'sourceKindCarrier',
  regulator: 'sourceKindRegulator',
  'vendor-docs': 'sourceKindVendorDocs',
  'third-party': 'sourceKindThirdParty',
};

export const shortCodeKindKeys: Record<ShortCodeKind, MessageKey> = {
  emergency: 'shortCodeKindEmergency',
  'carrier-hotline': 'shortCodeKindCarrierHotline',
  'public-service': 'shortCodeKindPublicService',
  'sms-short-code': 'shortCodeKindSmsShortCode',
};

export const shortCodeSourceKindKeys: Record<ShortCodeSourceKind, MessageKey> = {
  official: 'sourceKindOfficial',
  carrier: 'sourceKindCarrier',
  'vendor-docs': 'sourceKindVendorDocs',
  'third-party': 'sourceKindThirdParty',
};

export function flagOf(region: string | null | undefined): string {
  if (!region || !/^[A-Z]{2}$/.test(region)) return '🌐';
  return String.fromCodePoint(...[...region].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

export const smsHintKeys: Record<SmsHint, MessageKey> = {
  mobile: 'smsMobile',
  fixed: 'smsFixedLine',
  fixedOrMobile: 'smsMaybe',
  tollFree: 'smsTollFree',
  premium: 'smsPremium',
  voip: 'smsVoip',
  shortCode: 'smsShortCode',
  unknown: 'smsUnknown',
};

export const messengerKeys: Record<Messenger, MessageKey> = {
  whatsapp: 'messengerWhatsapp',
  telegram: 'messengerTelegram',
  signal: 'messengerSignal',
};
