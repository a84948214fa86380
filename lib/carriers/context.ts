import type { NameSpelling, Spelling } from './name-spellings';
import { readShortForm } from './short-forms';

/**
 * How far (UTF-16 units, either side of a name) a telecom word may be to vouch for an ambiguous
 * name, within the same sentence. About half a line of English or a short Chinese sentence:
 * "Orange" in "an Orange prepaid SIM" counts; "Free" in "Free shipping on orders over $35,
 * including SIM card adapters" does not.
 */
export const CONTEXT_WINDOW = 30;

/**
 * Telecom words, matched like names: whole words for Latin, anywhere for CJK, case-blind. Bare
 * "phone", "mobile" and "card" are left out on purpose ("a smart phone", "a smart card"), and so is
 * a bare 卡 ("Smart卡" is a smart card); only their telecom compounds count. "plan" and "data" are
 * kept, at the cost of "a smart plan".
 */
export const TELECOM_WORDS: readonly string[] = [
  ...['sim', 'sims', 'esim', 'esims', 'sim card', 'sim cards', 'dual sim', 'dual-sim'],
  ...[
    'roam',
    'roaming',
    'data',
    'plan',
    'plans',
    'prepaid',
    'pre-paid',
    'postpaid',
    'post-paid',
    'pay as you go',
    'pay-as-you-go',
    'payg',
    'paygo',
  ],
  ...['top up', 'top-up', 'topup', 'top-ups', 'topups', 'recharge'],
  ...['carrier', 'carriers', 'operator', 'operators', 'network', 'networks', 'signal', 'coverage'],
  ...['telecom', 'telecoms', 'telco', 'telcos', 'mvno', 'mvnos', 'apn', '3g', '4g', '5g', 'lte', 'volte'],
  ...['sms', 'hotline', 'tariff', 'tariffs', 'unlocked'],
  // Portuguese and Spanish: "um chip da Vivo", "chip de Telcel", "la operadora".
  ...[
    'chip da',
    'chip de',
    'chip do',
    'chips da',
    'operadora',
    'operadoras',
    'pré-pago',
    'prepago',
    'recarga',
  ],
  ...['mobile data', 'mobile plan', 'mobile plans', 'mobile network', 'mobile networks', 'mobile service'],
  ...['cellular data', 'cellular plan', 'cellular network', 'data plan', 'data plans', 'data pack'],
  ...['data packs', 'data roaming', 'data only', 'data-only'],
  ...[
    'phone plan',
    'phone plans',
    'phone number',
    'phone numbers',
    'phone bill',
    'phone card',
    'phone cards',
  ],
  ...['套餐', '流量', '漫游', '漫遊', '号码', '號碼', '手机号', '手機號'],
  ...['电话卡', '電話卡', '手机卡', '手機卡', '上网卡', '上網卡', '流量卡', '数据卡', '數據卡'],
  ...['预付卡', '預付卡', '储值卡', '儲值卡', '副卡', '实体卡', '實體卡'],
  // 电信 is China Telecom's short form and reads by the rule in short-forms.ts, not as a telecom word.
  ...['运营商', '運營商', '營運商', '电讯', '電訊', '信号', '信號', '訊號'],
  ...['网络', '網絡', '網路', '充值', '储值', '儲值', '月租', '保号', '保號'],
  ...['资费', '資費', '话费', '話費', '短信', '短訊', '簡訊', '旅游卡', '旅遊卡'],
  ...['ローミング', '格安', '로밍', '유심', '요금제', 'ซิม'],
];

/** A spelling found by the scan, with its UTF-16 span. */
export interface ScanHit {
  spelling: Spelling;
  start: number;
  end: number;
}

/** Characters that end a sentence in English and CJK text; a full stop only before whitespace. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

function crossesSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (SENTENCE_END.has(ch)) return true;
    if (ch === '.' && /\s/.test(text.charAt(i + 1))) return true;
  }
  return false;
}

/** Whether `other` is close enough to `hit`, in the same sentence, to speak for it. */
function near(text: string, hit: ScanHit, other: ScanHit): boolean {
  const [from, to] = other.start < hit.start ? [other.end, hit.start] : [hit.end, other.start];
  return to - from <= CONTEXT_WINDOW && !crossesSentenceEnd(text, from, to);
}

/**
 * A telecom word vouches for a word-like name, but not for a short form (移动 in
 * "把手机移动到信号好的地方" moves a phone); an unambiguous carrier name vouches for any name
 * ("Rogers and Bell both ... Airalo" lists carriers). A bare number ("3") needs its own carrier
 * spelled out, since "3 SIM cards" is a count and "3 or Airalo" is not much better.
 */
function vouchesFor(other: Spelling, otherCounts: boolean, name: NameSpelling): boolean {
  if (other.kind === 'word') return false;
  if (other.kind === 'context') return !name.numeric && !name.shortForm;
  if (name.numeric) return !other.ambiguous && other.id === name.id;
  return !other.ambiguous || otherCounts;
}

/**
 * Whether the carrier name at `index` counts. A short form whose neighbours settle it counts as
 * they say (lib/carriers/short-forms). An unambiguous name always does. An ambiguous one
 * needs a telecom word or an unambiguous carrier name nearby, in the same sentence. With `counted`
 * (the answers of a first round), an ambiguous name that already counts vouches for its neighbour
 * too, so both names in "Rogers and Bell both charge too much for data" count.
 */
export function nameCounts(
  text: string,
  hits: readonly ScanHit[],
  index: number,
  counted: readonly boolean[] = [],
): boolean {
  const hit = hits[index];
  if (hit === undefined || hit.spelling.kind !== 'carrier') return false;
  const name = hit.spelling;
  if (name.shortForm) {
    const reading = readShortForm(text, hit.start, hit.end);
    if (reading !== 'open') return reading === 'carrier';
  }
  if (!name.ambiguous) return true;
  for (const step of [-1, 1]) {
    for (let k = index + step; k >= 0 && k < hits.length; k += step) {
      const other = hits[k];
      if (other === undefined || !near(text, hit, other)) break;
      if (vouchesFor(other.spelling, counted[k] === true, name)) return true;
    }
  }
  return false;
}
