/**
 * How to read a carrier's short form (移动, 联通, 电信, 广电), which is also an ordinary word, from the
 * words right around it. The rule, in order:
 *
 * 0. Before 公司, 移动 and 联通 are the carriers (移动公司的客服) and 电信, 广电 ordinary words.
 * 1. Written right before a word it forms a common compound with, it is that word: 移动支付,
 *    移动硬盘, 移动端, 移动网络, 电信诈骗, 电信网络, 电信运营商, 联通性, 广电总局 (`COMPOUNDS`);
 *    and so it is right after 国际, which starts the terms of the trade: 国际移动用户识别码 (IMSI),
 *    国际电信联盟 (`LEADING_COMPOUNDS`).
 * 2. Written before a word that only a carrier takes, with or without 的 between, it is the
 *    carrier: 联通卡, 电信用户, 移动的套餐, 电信营业厅, 联通信号, 电信三家 (`CARRIER_WORDS`).
 * 3. Written after words that say what a number or card is on, it is the carrier: 号是移动的,
 *    卡是联通的, 换成电信 (`CARRIER_LEADS`).
 * 4. Otherwise the reading is open, and the matcher lets the carriers named next to it decide, as
 *    for any ambiguous name: 移动 in "移动、联通、电信三家" counts once 电信 does, 移动 in
 *    "广电卡的流量比移动便宜" once 广电 does. A telecom word alone does not vouch for it, since
 *    "把手机移动到信号好的地方" moves a phone.
 *
 * Bare 号 is not a carrier word: "电信号" is also 电 + 信号, an electrical signal.
 */

export type ShortFormReading = 'carrier' | 'word' | 'open';

const COMPOUNDS: readonly string[] = [
  ...['支付', '硬盘', '硬碟', '电源', '電源', '端', '互联网', '互聯網', '网络', '網絡', '網路'],
  ...['应用', '應用', '设备', '設備', '办公', '辦公', '通信', '通讯', '通訊', '电话', '電話'],
  ...['数据', '數據', '版', '化', '性', '诈骗', '詐騙', '詐欺', '运营商', '運營商', '營運商'],
  ...['业者', '業者', '业务', '業務', '行业', '行業', '产业', '產業', '技术', '技術', '总局', '總局'],
  ...['平台', '存储', '存儲', '开发', '開發', '游戏', '遊戲', '营销', '營銷', '医疗', '醫療'],
  ...['用户识别', '用戶識別', '联盟', '聯盟'],
];

const LEADING_COMPOUNDS: readonly string[] = ['国际', '國際'];

const CARRIER_WORDS: readonly string[] = [
  ...['卡', '号码', '號碼', '号段', '號段', '用户', '用戶', '套餐', '营业厅', '營業廳', '客服'],
  ...['信号', '信號', '訊號', '流量', '话费', '話費', '资费', '資費', '合约', '合約', '网速', '網速'],
  ...['漫游', '漫遊', '月租', '月费', '月費', '充值', '官网', '官網', '掌厅', '掌廳', '三家', '三大'],
];

const CARRIER_LEADS: readonly string[] = [
  ...['号是', '號是', '号码是', '號碼是', '卡是', '用的是', '换成', '換成', '转到', '轉到', '转成', '轉成'],
];

/** Possessive particles that may stand between a short form and its carrier word: 移动的套餐, 移動嘅卡. */
const POSSESSIVES: readonly string[] = ['的', '嘅'];

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((word) => text.startsWith(word, at));
}

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((word) => at >= word.length && text.startsWith(word, at - word.length));
}

/**
 * 移动公司 and 联通公司 are what people call China Mobile and China Unicom; 电信公司 and 广电公司 are
 * as often any telecom or broadcasting company.
 */
const COMPANY = ['公司'];
const CARRIER_BEFORE_COMPANY: ReadonlySet<string> = new Set(['移动', '移動', '联通', '聯通']);

/** The reading of the short form written at text[start, end). */
export function readShortForm(text: string, start: number, end: number): ShortFormReading {
  if (startsWithAny(text, end, COMPANY))
    return CARRIER_BEFORE_COMPANY.has(text.slice(start, end)) ? 'carrier' : 'word';
  if (startsWithAny(text, end, COMPOUNDS) || endsWithAny(text, start, LEADING_COMPOUNDS)) return 'word';
  const possessive = POSSESSIVES.find((particle) => text.startsWith(particle, end));
  const next = end + (possessive?.length ?? 0);
  if (startsWithAny(text, next, CARRIER_WORDS)) return 'carrier';
  if (endsWithAny(text, start, CARRIER_LEADS)) return 'carrier';
  return 'open';
}
