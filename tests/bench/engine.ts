/**
 * Engine throughput on page-like text: `npx tsx tests/bench/engine.ts`. Figures, not pass/fail.
 * One function per subject, each printing a table; the text is generated from a seeded PRNG so
 * every run measures the same 4 MB.
 */
import { type CountryCode, findPhoneNumbersInText, isSupportedCountry } from 'libphonenumber-js/max';
import { forgetKeywords } from '@/lib/phone/context-words';
import { findPhones } from '@/lib/phone/phone-finder';
import { findCandidateSpans } from '@/lib/phone/prefilter';
import { forgetVerifiedNumbers } from '@/lib/phone/verified-number';
import { benchCarriers } from './carriers-speed';
import { denseTexts, labelledParagraphsOnce, type RegionText } from './dense-text';
import { seededRandom } from './seeded-random';

const TARGET_BYTES = 4 * 1024 * 1024;
const DEFAULT_REGION = 'CN';

const PROSE = [
  'The museum opens at nine and the queue usually forms well before that, so bring water and patience.',
  'Travellers often ask whether a local SIM is worth it; for a short stay an eSIM bought in advance is simpler.',
  '酒店位于市中心，步行十分钟即可到达地铁站，周边有很多餐厅和便利店。',
  '我们建议您在出发前确认航班信息，并预留充足的时间办理登机手续。',
  '香港的公共交通非常方便，八達通卡可以在港鐵、巴士和便利店使用。',
  '台北捷運的末班車大約在午夜前後，請留意各站的時刻表。',
  '駅の改札を出て右に進むと、観光案内所があります。地図は無料でもらえます。',
  '서울 지하철은 깨끗하고 안내 방송이 영어로도 나옵니다.',
  'Die Anreise mit der Bahn dauert etwa vier Stunden, Reservierungen sind empfehlenswert.',
  'Le centre-ville est animé le soir, et les boulangeries ouvrent tôt le matin.',
  'El hotel ofrece desayuno incluido y la recepción está abierta las 24 horas.',
  'Roaming charges vary by carrier, and some plans include data in over a hundred destinations.',
  // Prose on real pages is full of short numbers: years, counts, times, prices, ratings.
  'Rooms from 380 per night, rated 4.5 by 1,204 guests in 2024.',
  'Flight CA 981 leaves Terminal 3 at 13:05 and lands 12 hours later.',
  '全程约 45 分钟，票价 12 元，每 10 分钟一班。',
  '第 3 章共 28 页，2023 年出版，累计销量 150 万册。',
  '營業時間 09:00–18:00，週一公休，2 樓設有 30 個座位。',
  'Open since 1998 with 250 staff in 12 offices across 7 countries.',
  'Le musée accueille 8 000 visiteurs par jour et ferme à 18 h.',
  '1泊2日のプランは 15,800 円から、定員は 4 名です。',
];

const NUMBERS = [
  '请拨打13800138000咨询。',
  '电话：+86 10 6552 9988',
  'Call us on +852 2880 2688 during office hours.',
  '電話：(02)2311-4567',
  'Tel. +44 20 7925 0918',
  'Reservations: +1 212-555-0123 ext. 12',
  'お問い合わせ：03-1234-5678',
  '문의 전화: 02-123-4567',
  'Telefon: +49 30 123456',
  'Hotline ＋８６ １３８ ００１３ ８０００',
  '客服热线：10086',
  'From the US dial 011 44 20 7925 0918.',
];

const TRAPS = [
  'Last updated 2024-05-13, valid until 31.12.2025.',
  'Price: ¥1,380,000 or HK$1380 per night.',
  'Order #20240513123456 has shipped, tracking number 1Z999AA10123456784.',
  'The server at 192.168.10.100 runs version v2.13.4.',
  'Coordinates 116.4074, 39.9042; open 2019-2024.',
  'ISBN 978-7-111-54742-6, card 4111 1111 1111 1111.',
  '订单号：202405131234，QQ：12345678。',
  '2025年5月13日 10:30 开始，票价 380 元，折扣 15%。',
];

/** How often a sentence is a number or a trap instead of prose. */
export interface Density {
  numbers: number;
  traps: number;
}

/** Article-like: a few numbers per 50 KB, as on travel, news and shop pages. */
export const ARTICLE_DENSITY: Density = { numbers: 0.004, traps: 0.012 };
/** Directory-like: a contact page or a listing, a number every couple of kilobytes. */
export const DIRECTORY_DENSITY: Density = { numbers: 0.05, traps: 0.1 };

/** About `bytes` of prose in several languages with numbers and traps at `density`. */
export function pageLikeText(bytes: number, density: Density, seed = 20240513): string {
  const random = seededRandom(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const roll = random();
    const sentence =
      roll < density.numbers
        ? pick(NUMBERS)
        : roll < density.numbers + density.traps
          ? pick(TRAPS)
          : pick(PROSE);
    parts.push(sentence, random() < 0.2 ? '\n' : ' ');
    size += Buffer.byteLength(sentence) + 1;
  }
  return parts.join('');
}

interface Timing {
  label: string;
  mbPerSecond: number;
  results: number;
}

/** Best of three rounds after a warm-up; `reset` runs untimed before each. */
function time(label: string, text: string, run: () => number, reset: () => void = () => {}): Timing {
  reset();
  run();
  const rounds = 3;
  let best = Number.POSITIVE_INFINITY;
  let results = 0;
  for (let i = 0; i < rounds; i++) {
    reset();
    const started = performance.now();
    results = run();
    best = Math.min(best, performance.now() - started);
  }
  return { label, mbPerSecond: Buffer.byteLength(text) / 1024 / 1024 / (best / 1000), results };
}

function printTable(title: string, timings: readonly Timing[], baseline: Timing): void {
  console.log(`\n${title}`);
  console.table(
    timings.map((t) => ({
      subject: t.label,
      'MB/s': Number(t.mbPerSecond.toFixed(1)),
      'x baseline': Number((t.mbPerSecond / baseline.mbPerSecond).toFixed(1)),
      results: t.results,
    })),
  );
}

/** Phone finding: bare libphonenumber-js (max) against the pre-filter and findPhones on the same text. */
export function benchPhones(): void {
  benchPhonesOn('article-like', pageLikeText(TARGET_BYTES, ARTICLE_DENSITY));
  benchPhonesOn('directory-like', pageLikeText(TARGET_BYTES, DIRECTORY_DENSITY));
}

function benchPhonesOn(name: string, text: string): void {
  const bare = time(
    'libphonenumber-js findPhoneNumbersInText (max)',
    text,
    () => findPhoneNumbersInText(text, DEFAULT_REGION).length,
  );
  const prefilter = time('prefilter findCandidateSpans', text, () => findCandidateSpans(text).length);
  const engine = time('findPhones', text, () => findPhones(text, { defaultRegion: DEFAULT_REGION }).length);
  printTable(
    `Phones, ${name} text, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB, default region ${DEFAULT_REGION}`,
    [bare, prefilter, engine],
    bare,
  );
}

function regionOf(part: RegionText): CountryCode {
  if (!isSupportedCountry(part.region))
    throw new Error(`not a region libphonenumber-js knows: ${part.region}`);
  return part.region;
}

function bytesOf(parts: readonly RegionText[]): number {
  return parts.reduce((sum, part) => sum + Buffer.byteLength(part.text), 0);
}

/** Each region's paragraphs read with that region, as a page of that region would be. */
function timeParts(
  label: string,
  parts: readonly RegionText[],
  find: (part: RegionText) => number,
  reset?: () => void,
): Timing {
  const joined = parts.map((part) => part.text).join('\n');
  return time(label, joined, () => parts.reduce((sum, part) => sum + find(part), 0), reset);
}

/** A worker that has read nothing yet: what it remembers of numbers and the words before them. */
function forgetEverythingRead(): void {
  forgetVerifiedNumbers();
  forgetKeywords();
}

/** Phone finding on number-dense text: a full number every ~190 bytes. */
export function benchDensePhones(): void {
  const bare = (part: RegionText) => findPhoneNumbersInText(part.text, regionOf(part)).length;
  const engine = (part: RegionText) => findPhones(part.text, { defaultRegion: regionOf(part) }).length;
  const dense = denseTexts(TARGET_BYTES, PROSE);
  const numbers = dense.reduce((sum, part) => sum + part.numbers, 0);
  const denseBare = timeParts('libphonenumber-js findPhoneNumbersInText (max)', dense, bare);
  printTable(
    `Phones, number-dense text, ${(bytesOf(dense) / 1024 / 1024).toFixed(1)} MB in ${dense.length} regions, ` +
      `${numbers} labelled numbers (one per ${Math.round(bytesOf(dense) / numbers)} bytes)`,
    [
      denseBare,
      timeParts('findPhones, from a fresh worker each round', dense, engine, forgetEverythingRead),
      timeParts('findPhones, worker kept between rounds', dense, engine),
    ],
    denseBare,
  );
  const once = labelledParagraphsOnce();
  const onceBare = timeParts('libphonenumber-js findPhoneNumbersInText (max)', once, bare);
  printTable(
    `Phones, the labelled paragraphs once each, ${(bytesOf(once) / 1024).toFixed(0)} KB: every number new to the reader`,
    [onceBare, timeParts('findPhones, from a fresh worker each round', once, engine, forgetEverythingRead)],
    onceBare,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPhones();
  benchDensePhones();
  const carriers = benchCarriers();
  console.log(
    `\nCarriers, mixed text, ${carriers.megabytes.toFixed(1)} MB: ${carriers.findings} findings, ` +
      `median ${carriers.medianMbPerSecond.toFixed(0)} MB/s, best ${carriers.mbPerSecond.toFixed(0)} MB/s`,
  );
}
