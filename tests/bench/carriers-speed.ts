/**
 * Carrier-name matcher throughput on mixed page text: mostly English and Chinese prose, a few
 * phone numbers, look-alike words and an occasional carrier name. Figures only, no pass/fail.
 * Run: npx tsx tests/bench/carriers-speed.ts
 */
import { pathToFileURL } from 'node:url';
import { findCarriers } from '@/lib/carriers/carrier-finder';
import { seededRandom } from './seeded-random';

const TARGET_BYTES = 4_000_000;
const RUNS = 5;

const PROSE = [
  'The museum opens at nine and the queue is shortest just after lunch on weekdays.',
  'Take the second exit from the roundabout and follow the signs for the old harbour.',
  'She bought three of them at the market, along with a bag of oranges and some mint tea.',
  'Free shipping applies to orders over forty dollars, excluding furniture and smart TVs.',
  'A globe trotter once told me that the best views are from the night ferry.',
  'Ring the bell twice if the door is closed; the owner lives upstairs.',
  'Boost your savings by booking early, and check the Wi-Fi password at reception.',
  '我们在车站旁边的小店吃了早饭，然后坐公交车去了博物馆。',
  '這家餐廳的招牌菜是紅燒肉，週末通常要排隊半小時以上。',
  '下午三点以后天气转凉，记得带一件外套，山上风比较大。',
  '移动支付在这里很普及，大部分小店都可以扫码付款。',
  'Contact the front desk on +44 20 7946 0958 or email the team for group bookings.',
  '如需协助，请致电 +86 10 6552 9988，工作时间为周一至周五。',
  'Note: emoji 😀 and astral 𠀀 characters appear in real pages too.',
];

const CARRIER_MENTIONS = [
  'I topped up my China Mobile prepaid SIM before the trip.',
  '在香港买了一张中国移动香港的上网卡，流量很够用。',
  'My giffgaff SIM kept the UK number alive for years.',
  'AT&T and T-Mobile both sell international day passes.',
  '到了台灣，在機場買了中華電信的預付卡。',
  'The Orange prepaid SIM worked fine in Lyon.',
  'An Airalo eSIM is data only, so keep your home SIM for texts.',
];

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** About one carrier mention per forty sentences, as on a travel blog page. */
export function mixedText(targetBytes = TARGET_BYTES, seed = 2026): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const sentence = random() < 0.025 ? pick(CARRIER_MENTIONS, random) : pick(PROSE, random);
    const separator = random() < 0.2 ? '\n' : ' ';
    parts.push(sentence, separator);
    bytes += Buffer.byteLength(sentence) + 1;
  }
  return parts.join('');
}

export interface CarrierBenchResult {
  megabytes: number;
  megaChars: number;
  findings: number;
  bestMs: number;
  medianMs: number;
  mbPerSecond: number;
  medianMbPerSecond: number;
}

export function benchCarriers(): CarrierBenchResult {
  const text = mixedText();
  const megabytes = Buffer.byteLength(text) / 1e6;
  let findings = findCarriers(text).length;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    findings = findCarriers(text).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const bestMs = times[0] ?? Number.NaN;
  const medianMs = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return {
    megabytes,
    megaChars: text.length / 1e6,
    findings,
    bestMs,
    medianMs,
    mbPerSecond: megabytes / (bestMs / 1000),
    medianMbPerSecond: megabytes / (medianMs / 1000),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = benchCarriers();
  console.log(
    `carriers: ${r.megabytes.toFixed(2)} MB (UTF-8), ${r.megaChars.toFixed(2)} M chars, ${r.findings} findings, ` +
      `best of ${RUNS}: ${r.bestMs.toFixed(1)} ms = ${r.mbPerSecond.toFixed(0)} MB/s, ` +
      `median ${r.medianMs.toFixed(1)} ms = ${r.medianMbPerSecond.toFixed(0)} MB/s`,
  );
}
