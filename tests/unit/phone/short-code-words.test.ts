import { describe, expect, it } from 'vitest';
import {
  followsKoreanRoadName,
  hasCallingWord,
  hasEmergencyWord,
  hasUnitAfter,
  hasWordAfter,
  textingPhraseBefore,
} from '@/lib/phone/short-code-words';

/** The text with the code marked by brackets, as [before, code, after]. */
function around(marked: string): [string, number, number] {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return [marked.replace('[', '').replace(']', ''), start, end];
}

describe('hasCallingWord', () => {
  it.each([
    ['拨打[10086]查询', true],
    ['dial [711] for the relay service', true],
    ['Bel [112] bij spoed', true],
    ['[113] bellen', true],
    ["Acil durumda [112]'yi arayın", true],
    ['Sie erreichen uns bundesweit unter [116117].', true],
    ['The 2024 model sells for [911] dollars', false],
    ['see page [311] for the specs', false],
  ])('%s → %s', (marked, expected) => {
    expect(hasCallingWord(...around(marked))).toBe(expected);
  });
});

describe('hasEmergencyWord', () => {
  it.each([
    ['appelez le SAMU au [15]', true],
    ['police secours : [17]', true],
    ['Rettungsdienst [15], Polizei 17', true],
    ['急救拨[15]', true],
    ['the ambulance number is [15] (SAMU)', true],
    ['[15] (SAMU)', true],
    ['화재는 소방 [119]', true],
    ['Le forfait coûte [15] €', false],
    ['Urgence. Le [15] juin', false],
    ['the hotel has [18] rooms', false],
  ])('%s → %s', (marked, expected) => {
    expect(hasEmergencyWord(...around(marked))).toBe(expected);
  });
});

describe('textingPhraseBefore', () => {
  it.each([
    ['text PAC to [65075]', 'keyword'],
    ['envoyez STOP au [36179]', 'keyword'],
    ['Sende STOP an [44844]', 'keyword'],
    ['发送 CXLL 到 [10086]', 'keyword'],
    ['编辑短信CXHF发送至[10010]', 'keyword'],
    ['Transférez-le gratuitement au [33700]', 'verb'],
    ['send it to [1200] Main Street', 'verb'],
    ['Send 10 to [1500] photos', null],
    ['we moved to [2024]', null],
    // The phrase's last word is found wherever the spaces before the code end.
    ['text PAC to \u00a0  \n[65075]', 'keyword'],
    ['Envía ALTA para [2277]', 'keyword'],
    ['text PAC toto [65075]', null],
    ['send STOP via Alpara [65075]', null],
  ])('%s → %s', (marked, expected) => {
    const [text, start] = around(marked);
    expect(textingPhraseBefore(text, start)).toBe(expected);
  });
});

describe('hasUnitAfter', () => {
  it.each([
    ['[15] minutes', true],
    ['[18] Go de données', true],
    ['[112] people', true],
    ['[15]分钟', true],
    ['[15] ans', true],
    ['[112] an, die Polizei', false],
    ['[15] (SAMU)', false],
    ['[17] ; numéro', false],
  ])('%s → %s', (marked, expected) => {
    const [text, , end] = around(marked);
    expect(hasUnitAfter(text, end)).toBe(expected);
  });
});

describe('hasWordAfter', () => {
  it.each([
    ['[15] patients', true],
    ['[17] juin', true],
    ['le [15] pour une urgence', false],
    ['[15] ou le 112', false],
    ['[15] (SAMU)', false],
    ['[18].', false],
  ])('%s → %s', (marked, expected) => {
    const [text, , end] = around(marked);
    expect(hasWordAfter(text, end)).toBe(expected);
  });
});

describe('followsKoreanRoadName', () => {
  it.each([
    ['서울시 중구 세종대로 [110]', true],
    ['강남구 테헤란로 [152]', true],
    ['삼일대로8길 [12]', true],
    ['화재 신고는 [119]로', false],
  ])('%s → %s', (marked, expected) => {
    const [text, start] = around(marked);
    expect(followsKoreanRoadName(text, start)).toBe(expected);
  });
});

describe('a room or page number', () => {
  it('is no calling word: "Room number 110"', () => {
    expect(hasCallingWord(...around('Room number [110] is on the first floor'))).toBe(false);
  });
});
