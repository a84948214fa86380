import { describe, expect, it } from 'vitest';
import { createCarrierMatcher } from '@/lib/carriers/match';
import type { Carrier } from '@/lib/carriers/schema';

interface Fixture {
  id: string;
  en: string;
  zhHans?: string;
  zhHant?: string;
  local?: string;
  region?: string;
  aliases?: string[];
  ambiguous?: string[];
  sharedNames?: string[];
  lookalikes?: Carrier['lookalikes'];
}

function carrier({
  id,
  en,
  zhHans,
  zhHant,
  local,
  region = 'XX',
  aliases = [],
  ambiguous = [],
  sharedNames,
  lookalikes,
}: Fixture): Carrier {
  return {
    id,
    region,
    kind: 'operator',
    names: { en, zhHans: zhHans ?? en, zhHant: zhHant ?? en, ...(local === undefined ? {} : { local }) },
    aliases,
    ambiguous,
    ...(sharedNames === undefined ? {} : { sharedNames }),
    ...(lookalikes === undefined ? {} : { lookalikes }),
    serviceNumbers: [],
    notes: [],
  };
}

const CARRIERS: readonly Carrier[] = [
  carrier({
    id: 'china-mobile',
    en: 'China Mobile',
    zhHans: '中国移动',
    zhHant: '中國移動',
    aliases: ['中移动', 'CMCC', '全球通'],
    lookalikes: [{ word: '全球通用', unlessFollowedBy: ['户', '戶'] }],
  }),
  carrier({
    id: 'cmhk',
    en: 'China Mobile Hong Kong',
    zhHans: '中国移动香港',
    zhHant: '中國移動香港',
    aliases: ['CMHK', 'China Mobile HK'],
  }),
  carrier({
    id: 'chunghwa',
    en: 'Chunghwa Telecom',
    zhHans: '中华电信',
    zhHant: '中華電信',
    aliases: ['CHT'],
  }),
  carrier({ id: 'csl', en: 'csl', aliases: ['1O1O', '1010', 'CSL'], ambiguous: ['1010'] }),
  carrier({ id: 'three-hk', en: '3 Hong Kong', zhHans: '3香港', aliases: ['3HK', 'Three HK'] }),
  carrier({
    id: 'three-uk',
    en: 'Three UK',
    local: 'Three',
    aliases: ['3 UK', '3', 'Three Mobile'],
    ambiguous: ['Three', '3'],
  }),
  carrier({ id: 'ee', en: 'EE', aliases: ['EE UK'] }),
  carrier({ id: 'o2-uk', en: 'O2', aliases: ['O2 UK'], ambiguous: ['O2'] }),
  carrier({ id: 'kt', en: 'KT', aliases: ['olleh'] }),
  carrier({ id: 'm1', en: 'M1' }),
  carrier({ id: 'att', en: 'AT&T', aliases: ['AT&T Wireless'] }),
  carrier({ id: 't-mobile-us', en: 'T-Mobile US', zhHans: 'T-Mobile（美国）', aliases: ['T-Mobile'] }),
  carrier({ id: 'orange', en: 'Orange', aliases: ['Orange France'], ambiguous: ['Orange'] }),
  carrier({ id: 'smart', en: 'Smart', aliases: ['Smart Communications'], ambiguous: ['Smart'] }),
  carrier({ id: 'globe', en: 'Globe', aliases: ['Globe Telecom'], ambiguous: ['Globe'] }),
  carrier({ id: 'bell', en: 'Bell', aliases: ['Bell Mobility'], ambiguous: ['Bell'] }),
  carrier({ id: 'mint', en: 'Mint Mobile', aliases: ['Mint'], ambiguous: ['Mint'] }),
  carrier({ id: 'boost', en: 'Boost Mobile', aliases: ['Boost'], ambiguous: ['Boost'] }),
  carrier({ id: 'nomad', en: 'Nomad', aliases: ['getnomad'], ambiguous: ['Nomad'] }),
  carrier({ id: 'au', en: 'au', aliases: ['KDDI'], ambiguous: ['au'] }),
  carrier({ id: 'free', en: 'Free Mobile', aliases: ['Free'], ambiguous: ['Free'] }),
  carrier({ id: 'true', en: 'True', aliases: ['TrueMove H'], ambiguous: ['True'] }),
  carrier({ id: 'google-fi', en: 'Google Fi', aliases: ['Fi'], ambiguous: ['Fi'] }),
  carrier({ id: 'giffgaff', en: 'giffgaff', aliases: ['giffgaff卡'] }),
  carrier({
    id: 'google-voice',
    en: 'Google Voice',
    zhHans: '谷歌语音',
    aliases: ['GV'],
    ambiguous: ['GV'],
    lookalikes: ['谷歌语音输入'],
  }),
  carrier({
    id: 'smartone',
    en: 'SmarTone',
    zhHans: '数码通',
    zhHant: '數碼通',
    lookalikes: ['数码通讯', '數碼通訊'],
  }),
  carrier({ id: 'ais', en: 'AIS', ambiguous: ['AIS'], lookalikes: ['AIS transponder'] }),
  carrier({ id: 'vivo', en: 'Vivo', ambiguous: ['Vivo'] }),
  carrier({ id: 'verizon', en: 'Verizon' }),
  carrier({ id: 'fet', en: 'Far EasTone', aliases: ['FET'] }),
  carrier({ id: 'vodafone-uk', region: 'GB', en: 'Vodafone', zhHans: '沃达丰', aliases: ['Vodafone UK'] }),
  carrier({
    id: 'vodafone-de',
    region: 'DE',
    en: 'Vodafone Germany',
    aliases: ['Vodafone Deutschland'],
    sharedNames: ['Vodafone', '沃达丰'],
  }),
  carrier({ id: 'orange-es', region: 'ES', en: 'Orange Spain', sharedNames: ['Orange'] }),
];

const findCarriers = createCarrierMatcher(CARRIERS);

/** [text as found, carrier id] pairs, the shape most rows compare. */
function found(text: string): Array<[string, string]> {
  return findCarriers(text).map((f) => [f.text, f.id]);
}

describe('createCarrierMatcher', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['English name', 'I use China Mobile at home.', [['China Mobile', 'china-mobile']]],
    ['simplified name', '我用的是中国移动的卡。', [['中国移动', 'china-mobile']]],
    ['traditional name', '我用的是中華電信。', [['中華電信', 'chunghwa']]],
    ['simplified alias', '中移动的套餐', [['中移动', 'china-mobile']]],
    [
      'Latin alias',
      'CMCC and CMHK',
      [
        ['CMCC', 'china-mobile'],
        ['CMHK', 'cmhk'],
      ],
    ],
    [
      'local name',
      'Three UK, also just Three on a SIM',
      [
        ['Three UK', 'three-uk'],
        ['Three', 'three-uk'],
      ],
    ],
    [
      'name with ampersand',
      'AT&T and AT&T Wireless',
      [
        ['AT&T', 'att'],
        ['AT&T Wireless', 'att'],
      ],
    ],
    ['hyphenated name', 'a T-Mobile store', [['T-Mobile', 't-mobile-us']]],
    ['name with full-width brackets', 'T-Mobile（美国）套餐', [['T-Mobile（美国）', 't-mobile-us']]],
    ['letter O spelled 1O1O', 'Buy a 1O1O plan', [['1O1O', 'csl']]],
    ['CJK name after a digit name', '3香港的上网卡', [['3香港', 'three-hk']]],
    [
      'Latin name glued to CJK',
      '买了giffgaff卡和EE卡',
      [
        ['giffgaff卡', 'giffgaff'],
        ['EE', 'ee'],
      ],
    ],
    ['Latin name before Hangul', 'KT에서 개통', [['KT', 'kt']]],
  ])('finds the %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['CJK name over its shorter prefix', '中國移動香港的卡', [['中國移動香港', 'cmhk']]],
    ['English name over its shorter prefix', 'China Mobile Hong Kong', [['China Mobile Hong Kong', 'cmhk']]],
    ['alias over the name inside it', 'Orange France', [['Orange France', 'orange']]],
    [
      'back-to-back names',
      '中国移动中華電信',
      [
        ['中国移动', 'china-mobile'],
        ['中華電信', 'chunghwa'],
      ],
    ],
  ])('prefers the longest match: %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, Array<[string, string]>]>([
    [
      'any case for long Latin names',
      'CHINA MOBILE and china mobile',
      [
        ['CHINA MOBILE', 'china-mobile'],
        ['china mobile', 'china-mobile'],
      ],
    ],
    ['EE only in capitals', 'EE, ee and Ee', [['EE', 'ee']]],
    ['KT only in capitals', 'kt or KT', [['KT', 'kt']]],
    ['M1 only as written', 'm1 or M1', [['M1', 'm1']]],
    ['3HK only as written', '3hk or 3HK', [['3HK', 'three-hk']]],
    ['au only in lower case', 'AU roaming; au roaming', [['au', 'au']]],
    [
      'ambiguous words only as listed or in capitals',
      'globe SIM, GLOBE SIM, Globe SIM',
      [
        ['GLOBE', 'globe'],
        ['Globe', 'globe'],
      ],
    ],
    ['full-width letters', 'ＣＭＨＫ的卡', [['ＣＭＨＫ', 'cmhk']]],
    [
      'non-breaking and ideographic spaces',
      'China\u00a0Mobile, China\u3000Mobile',
      [
        ['China\u00a0Mobile', 'china-mobile'],
        ['China\u3000Mobile', 'china-mobile'],
      ],
    ],
    ['a line break inside a name', 'China\n  Mobile', [['China\n  Mobile', 'china-mobile']]],
  ])('applies case and width rules: %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['EE inside free', 'free shipping, FREE SHIPPING'],
    ['EE inside a longer word', 'EEG results, SEE'],
    ['KT inside a word', 'KTV night'],
    ['M1 inside a model code', 'M10 chip, AM1'],
    ['O2 inside CO2', 'CO2 levels'],
    ['Fi after a hyphen', 'Wi-Fi network'],
    ['a name before a hyphenated word', 'a Three-year SIM plan'],
    ['a T-Mobile look-alike', 'T-Money card'],
    ['a digit name inside a phone number', 'call 2988 1010 or +852 1010 1234 for SIM help'],
    ['a digit name inside a longer number', '10101 and 31010'],
    ['a name used as a currency', 'KT$300 and M1＄5 for a SIM'],
  ])('respects word boundaries: %s', (_label, text) => {
    expect(findCarriers(text)).toEqual([]);
  });

  it.each([
    ['a smart card', 'Pay with a smart card at the gate.'],
    ['smart TV', 'The room has a Smart TV.'],
    ['three of them', 'Three of them left early.'],
    ['orange juice', 'Orange juice and toast.'],
    ['Wi-Fi', 'Free Wi-Fi in the lobby.'],
    ['globe trotter', 'A Globe trotter told us.'],
    ['ring the bell', 'Ring the Bell twice.'],
    ['mint tea', 'Mint tea after dinner.'],
    ['boost your', 'Boost your savings today.'],
    ['digital nomad', 'Life as a digital Nomad.'],
    ['au revoir', 'au revoir, mes amis'],
    ['free shipping', 'Free shipping on all orders.'],
    ['true story', 'True story, it rained.'],
    ['O2 sensor', 'Replace the O2 sensor.'],
    ['移动支付', '移动支付很方便，移动硬盘也便宜。'],
    ['a bare number', 'I bought 3 of them.'],
  ])('finds nothing in %s', (_label, text) => {
    expect(findCarriers(text)).toEqual([]);
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['an English telecom word after', 'Globe prepaid SIM', [['Globe', 'globe']]],
    ['an English telecom word before', 'The roaming rates on Smart are low', [['Smart', 'smart']]],
    ['a Chinese telecom word', 'Globe的流量很便宜', [['Globe', 'globe']]],
    ['a telecom compound', 'Boost data plans start at $25', [['Boost', 'boost']]],
    [
      'the brand spelled out nearby',
      'Globe Telecom, or Globe for short',
      [
        ['Globe Telecom', 'globe'],
        ['Globe', 'globe'],
      ],
    ],
    [
      'capitals with a telecom word',
      'O2 UK roaming; O2 network',
      [
        ['O2 UK', 'o2-uk'],
        ['O2', 'o2-uk'],
      ],
    ],
    [
      'a bare number next to its brand',
      '3 UK (or 3) charges',
      [
        ['3 UK', 'three-uk'],
        ['3', 'three-uk'],
      ],
    ],
  ])('keeps an ambiguous name with %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a telecom word beyond the window', `Orange ${'x'.repeat(30)} SIM`, 'Orange'],
    ['a telecom word in the next sentence', 'Orange is nice. SIM cards are sold here.', 'Orange'],
    ['a telecom word after a Chinese full stop', 'Smart。流量很多', 'Smart'],
    ['only a telecom word next to a bare number', 'Buy 3 SIM cards', '3'],
    ['"phone" alone', 'I bought a Smart phone case.', 'Smart'],
    ['only another carrier next to a bare number', '3 or Smart Communications', '3'],
    ['only an ambiguous neighbour without context', 'Globe and Smart were there', 'Globe'],
    ['a smart card written in Chinese', 'Smart卡（智能卡）就是内置芯片的卡片', 'Smart'],
  ])('drops an ambiguous name with %s', (_label, text, dropped) => {
    expect(found(text).map(([name]) => name)).not.toContain(dropped);
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['a name inside a common word', '这个插头全球通用，带一个就够了', []],
    ['the same word before an allowed continuation', '全球通用户可以领流量', [['全球通', 'china-mobile']]],
    ['the name alone', '全球通的套餐', [['全球通', 'china-mobile']]],
    ['a name inside a word with a telecom word nearby', '数码通讯网络的课程', []],
    ['the name before a particle', '数码通的储值卡', [['数码通', 'smartone']]],
    ['the traditional spelling inside its word', '數碼通訊設備', []],
    ['a longer product name', '可以用谷歌语音输入', []],
    ['the name with its telecom word', '谷歌语音的号码', [['谷歌语音', 'google-voice']]],
    ['a Latin look-alike with a telecom word after it', 'its AIS transponder data', []],
    ['the Latin name with a SIM', 'an AIS SIM', [['AIS', 'ais']]],
  ])('reads look-alike words as ordinary words: %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['lower case', 'All three mobile networks sell SIMs', []],
    ['as listed', 'Three Mobile sells SIMs', [['Three Mobile', 'three-uk']]],
    ['in capitals', 'THREE MOBILE', [['THREE MOBILE', 'three-uk']]],
    ['as listed, with no telecom word', 'I moved to Three Mobile last year', [['Three Mobile', 'three-uk']]],
    ['a longer name of an ambiguous brand, lower case', 'smart communications matter', []],
  ])('a name led by an ambiguous word keeps its case rule: %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['a German compound after the name', 'Die Vodafone-Hotline', [['Vodafone', 'vodafone-uk']]],
    ['a compound before the name', 'a non-Verizon phone', [['Verizon', 'verizon']]],
    ['an English compound after the name', 'a Verizon-branded phone', [['Verizon', 'verizon']]],
    ['an ambiguous name before a hyphen', 'a Three-year SIM plan', []],
    ['a short name after a hyphen', 'the J-FET and MOS-FET parts', []],
    ['a short name before a hyphen', 'KT-88 valves', []],
  ])('hyphenated compounds: %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string | undefined, string, string, string]>([
    ['no page region', undefined, 'Vodafone roaming', 'vodafone-uk', 'GB'],
    ['the owner’s region', 'GB', 'Vodafone roaming', 'vodafone-uk', 'GB'],
    ['a region whose entry shares it', 'DE', 'Vodafone roaming', 'vodafone-de', 'DE'],
    ['a shared Chinese name', 'DE', '沃达丰的卡', 'vodafone-de', 'DE'],
    [
      'a region without an entry for it, on a page in another script',
      'CN',
      '出国前在国内买了 Vodafone 的漫游卡',
      'vodafone-uk',
      'GB',
    ],
    ['a country name, whatever the region', 'GB', 'Vodafone Deutschland', 'vodafone-de', 'DE'],
    ['an ambiguous shared name with context', 'ES', 'Orange prepaid SIM', 'orange-es', 'ES'],
    ['an ambiguous shared name in its owner’s region', 'XX', 'Orange prepaid SIM', 'orange', 'XX'],
  ])('resolves a shared name by page region: %s', (_label, region, text, id, idRegion) => {
    const findings = findCarriers(text, region === undefined ? undefined : { region });
    expect(findings.map((f) => [f.id, f.region])).toEqual([[id, idRegion]]);
  });

  it.each<[string, { region?: string; regionIsPage?: boolean }]>([
    ['no page region', {}],
    ['a region without an entry for it', { region: 'DE' }],
    ['only the reader’s home region', { region: 'ES', regionIsPage: false }],
  ])('keeps an ambiguous shared name out when nothing points to one market: %s', (_label, options) => {
    expect(findCarriers('Orange prepaid SIM', options)).toEqual([]);
  });

  it.each<[string, string, Array<[string, string]>]>([
    [
      'a carrier of its market beside it',
      'Orange or Orange Spain? Orange prepaid SIMs are cheap',
      [
        ['Orange', 'orange-es'],
        ['Orange Spain', 'orange-es'],
        ['Orange', 'orange-es'],
      ],
    ],
    [
      'a number written with its market’s country code',
      'Orange prepaid SIM: +34 600 000 000',
      [['Orange', 'orange-es']],
    ],
  ])('resolves an ambiguous shared name by the text: %s', (_label, text, expected) => {
    const numberRegions = text.includes('+34') ? ['ES'] : [];
    const findings = findCarriers(text, { region: 'DE', numberRegions });
    expect(findings.map((f) => [f.text, f.id])).toEqual(expected);
  });

  it('keeps an ambiguous shared name out without context, whatever the region', () => {
    expect(findCarriers('orange juice; Orange County', { region: 'ES' })).toEqual([]);
  });

  it.each<[string, string, Array<[string, string]>]>([
    ['a Portuguese SIM word', 'Comprei um chip da Vivo no aeroporto', [['Vivo', 'vivo']]],
    ['a Spanish prepaid word', 'una tarjeta prepago de Vivo', [['Vivo', 'vivo']]],
    ['a Thai SIM word', 'ซิม AIS สำหรับนักท่องเที่ยว', [['AIS', 'ais']]],
    ['a Chinese SMS word', 'GV 收不到短信', [['GV', 'google-voice']]],
    ['a Chinese tourist SIM word', '买 AIS 的旅游卡', [['AIS', 'ais']]],
    ['a pay-as-you-go word', 'Three PayGo bundles', [['Three', 'three-uk']]],
  ])('vouches for an ambiguous name with %s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a Spanish sentence', 'Vivo en Madrid desde hace tres años.'],
    ['a bare chip, which is a processor as often as a SIM', 'the new Vivo chip is fast'],
    ['an AIS without context', 'The AIS report came out today.'],
  ])('still drops an ambiguous name in %s', (_label, text) => {
    expect(findCarriers(text)).toEqual([]);
  });

  it('reports offsets in UTF-16 units after astral characters', () => {
    const text = '😀𠀀 roaming on 中国移动 🇭🇰 and CMHK';
    const findings = findCarriers(text);
    expect(findings.map((f) => [f.start, f.end, text.slice(f.start, f.end)])).toEqual([
      [16, 20, '中国移动'],
      [30, 34, 'CMHK'],
    ]);
  });

  it('returns complete findings', () => {
    expect(findCarriers('Call CMHK')).toEqual([
      { kind: 'carrier', start: 5, end: 9, text: 'CMHK', id: 'cmhk', region: 'XX' },
    ]);
  });

  it('finds nothing in empty text', () => {
    expect(findCarriers('')).toEqual([]);
  });

  it('finds nothing when compiled without carriers', () => {
    expect(createCarrierMatcher([])('China Mobile prepaid SIM')).toEqual([]);
  });

  it('scans a megabyte of text and finds every planted name', () => {
    const filler = 'A quiet street with three cafes and a bakery. ';
    const block = `${filler.repeat(40)}我们用中国移动。`;
    const text = block.repeat(Math.ceil(1_000_000 / block.length));
    const findings = findCarriers(text);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(findings).toHaveLength(text.length / block.length);
    expect(findings.every((f) => f.text === '中国移动' && text.slice(f.start, f.end) === '中国移动')).toBe(
      true,
    );
  });
});

describe('createCarrierMatcher with short forms and products', () => {
  const matcher = createCarrierMatcher([
    { ...carrier({ id: 'china-mobile', en: 'China Mobile', zhHans: '中国移动' }), shortForms: ['移动'] },
    { ...carrier({ id: 'china-unicom', en: 'China Unicom', zhHans: '中国联通' }), shortForms: ['联通'] },
    { ...carrier({ id: 'china-telecom', en: 'China Telecom', zhHans: '中国电信' }), shortForms: ['电信'] },
    {
      ...carrier({ id: 'smartone', region: 'HK', en: 'SmarTone', zhHans: '数码通', sharedNames: ['Smart'] }),
      products: [
        { names: ['远游卡', 'Smart 远游卡'] },
        { names: ['自由行卡'], source: 'https://example.com/card' },
      ],
    },
    carrier({ id: 'smart-ph', region: 'PH', en: 'Smart', ambiguous: ['Smart'] }),
  ]);
  const seen = (text: string, options?: Parameters<typeof matcher>[1]) =>
    matcher(text, options).map((f) => [f.text, f.id, f.product ?? 'carrier']);

  it.each<[string, string, string[][]]>([
    ['a short form its neighbour settles', '办了张联通卡', [['联通', 'china-unicom', 'carrier']]],
    [
      'short forms listed with one settled',
      '移动、联通、电信三家',
      [
        ['移动', 'china-mobile', 'carrier'],
        ['联通', 'china-unicom', 'carrier'],
        ['电信', 'china-telecom', 'carrier'],
      ],
    ],
    [
      'an open short form beside a full name',
      '中国联通比移动便宜',
      [
        ['中国联通', 'china-unicom', 'carrier'],
        ['移动', 'china-mobile', 'carrier'],
      ],
    ],
    ['short forms inside ordinary compounds', '移动支付和电信诈骗', []],
    ['an open short form with only a telecom word', '把手机移动到信号好的地方', []],
    [
      'a product no source ties to its carrier',
      'Smart 远游卡的套餐',
      [['Smart 远游卡', 'smartone', 'unconfirmed']],
    ],
    ['a product a source ties to its carrier', '自由行卡的套餐', [['自由行卡', 'smartone', 'confirmed']]],
  ])('reads %s', (_label, text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it.each<[string, string, Parameters<typeof matcher>[1], string[][]]>([
    ['the page’s region', 'Smart 的储值卡有短信', { region: 'HK' }, [['Smart', 'smartone', 'carrier']]],
    [
      'a number of its market',
      'Smart 的储值卡有短信',
      { region: 'CN', numberRegions: ['HK'] },
      [['Smart', 'smartone', 'carrier']],
    ],
    ['the page’s language', 'Smart 嘅儲值卡有短信', { lang: 'zh-Hant' }, [['Smart', 'smartone', 'carrier']]],
    ['no sign of either market', 'Smart 的储值卡有短信', { region: 'CN', lang: 'zh-CN' }, []],
    ['only the reader’s home region', 'Smart 的储值卡有短信', { region: 'HK', regionIsPage: false }, []],
    [
      'a carrier of the other market',
      'Smart prepaid SIM',
      { region: 'PH' },
      [['Smart', 'smart-ph', 'carrier']],
    ],
    [
      'a product only claimed for a carrier, which is no sign',
      'Smart卡和远游卡的流量',
      { region: 'CN' },
      [['远游卡', 'smartone', 'unconfirmed']],
    ],
  ])('resolves a name several markets use by %s', (_label, text, options, expected) => {
    expect(seen(text, options)).toEqual(expected);
  });

  it('reads a lower-case name after an APN label as a setting', () => {
    expect(seen('APN: smartone')).toEqual([]);
  });
});
