/**
 * The carriers the readers of the seed articles hold: Hong Kong, Macau and US keep-number SIMs,
 * mainland SIMs and travel eSIMs. Every one of the six reader questions must be answered from a
 * source or said to have none for these (`scripts/question-coverage.ts` prints how many).
 */
export const readersCarrierIds: readonly string[] = [
  'csl',
  'smartone',
  'cmhk',
  'three-hk',
  'china-unicom-hk',
  'ctm',
  'att',
  'verizon',
  't-mobile-us',
  'ultra-mobile',
  'us-mobile',
  'tello',
  'mint-mobile',
  'google-voice',
  'google-fi',
  'ctexcel',
  'china-mobile',
  'china-unicom',
  'china-telecom',
  'airalo',
  'holafly',
  'nomad',
  'ubigi',
  'saily',
];
