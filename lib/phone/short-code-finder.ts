/**
 * Finds short service codes ("拨打10086", "call 911", "*611") — only where a calling or texting
 * word stands beside them, since "110" or "12345" alone is far more often something else.
 * Imports no parser, so it can run wherever the pre-filter runs.
 */
import type { PhoneFinding } from '@/lib/finding';
import { SHORT_CODES } from './data/short-code-table';
import { rejectionReason } from './guards';
import { normalizeForMatching } from './normalize';

/** Where each code is listed, regions in listing order. */
const REGIONS_BY_CODE: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [region, entries] of Object.entries(SHORT_CODES)) {
    for (const { code } of entries) map.set(code, [...(map.get(code) ?? []), region]);
  }
  return map;
})();

// Longest codes first so "12345" is not read as "123"; digits, dots, slashes or a plus on either
// side mean the code is part of something longer ("110.5", "2880 2688/110", "+110").
const CODE_PATTERN = new RegExp(
  `(?<![0-9.,/+\\-])\\*?(?:${[...REGIONS_BY_CODE.keys()].sort((a, b) => b.length - a.length).join('|')})(?![0-9]|[.,:/\\-][0-9]|[A-Za-z])`,
  'g',
);

// "拨打10086", "致电 12306", "客服热线：95588", "call 911", "dial *611", "text 10086", "Notruf 112".
const CALLING_WORD_BEFORE = new RegExp(
  `(?:${[
    '拨打',
    '撥打',
    '致电',
    '致電',
    '打',
    '拨',
    '撥',
    '客服',
    '热线',
    '熱線',
    '电话',
    '電話',
    '号码',
    '號碼',
    '发短信',
    '發短信',
    '短信',
    '簡訊',
    '回复',
    '回覆',
    '报警',
    '報警',
    '急救',
    '求助',
    '紧急',
    '緊急',
    '전화',
    '電話番号',
    '通報',
    '发送到',
    '发送至',
    '發送到',
    '发到',
    '응급',
    '긴급',
    '신고',
    'โทร',
    'اتصل',
    'بالرقم',
    '(?<![A-Za-z])(?:call|calling|dial|dialling|dialing|dail|hubungi|text|sms|send|hotline|phone|ring|emergency|notruf|rufen|anrufen|wählen|erreichen|appelez|appeler|composez|llame|llama|llamar|marque|ligue|tel)(?![A-Za-z])',
  ].join('|')})[^0-9\\n]{0,12}$`,
  'i',
);

// "10086客服", "110报警", "999 emergency", "12306 hotline".
const CALLING_WORD_AFTER =
  /^[^0-9\n]{0,3}(?:客服|热线|熱線|报警|報警|急救|求助|短信|电话|電話|番|전화|कॉल|hotline|helpline|emergency|customer service|call)/i;

// "拨打10086或10010", "客服：中国移动10086，中国联通10010": a code listed shortly after one already
// found, in the same sentence.
const LIST_GAP = /^[^0-9\n。.!?！？]{1,8}$/;

const CONTEXT_CHARS = 24;

function hasCallingWord(text: string, start: number, end: number, previousEnd: number): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  return (
    CALLING_WORD_BEFORE.test(before) ||
    CALLING_WORD_AFTER.test(text.slice(end, end + CONTEXT_CHARS)) ||
    (previousEnd >= 0 && LIST_GAP.test(text.slice(previousEnd, start)))
  );
}

/** Whether `digits` is a code listed for any region: "10086" yes, "2025" no. */
export function isListedShortCode(digits: string): boolean {
  return REGIONS_BY_CODE.has(digits);
}

/** The region a code belongs to on a page of `defaultRegion`: that region if it lists the code. */
export function regionOfShortCode(code: string, defaultRegion: string): string | null {
  const regions = REGIONS_BY_CODE.get(code.replace('*', ''));
  if (regions === undefined) return null;
  return regions.includes(defaultRegion) ? defaultRegion : (regions[0] ?? null);
}

/** Short codes in `normalized` (see normalize.ts); `text` is the same text as written. */
export function shortCodesIn(normalized: string, text: string, defaultRegion: string): PhoneFinding[] {
  const findings: PhoneFinding[] = [];
  CODE_PATTERN.lastIndex = 0;
  for (let match = CODE_PATTERN.exec(normalized); match !== null; match = CODE_PATTERN.exec(normalized)) {
    const start = match.index;
    const end = start + match[0].length;
    const previousEnd = findings.at(-1)?.end ?? -1;
    if (
      !hasCallingWord(normalized, start, end, previousEnd) ||
      rejectionReason(normalized, start, end) !== null
    ) {
      continue;
    }
    const region = regionOfShortCode(match[0], defaultRegion);
    findings.push({
      kind: 'phone',
      start,
      end,
      text: text.slice(start, end),
      e164: null,
      region,
      type: 'SHORT_CODE',
      shortCode: match[0],
    });
  }
  return findings;
}

/** Short service codes in `text` that a calling word marks as numbers to dial, in document order. */
export function findShortCodes(text: string, options: { defaultRegion: string }): PhoneFinding[] {
  return shortCodesIn(normalizeForMatching(text), text, options.defaultRegion);
}
