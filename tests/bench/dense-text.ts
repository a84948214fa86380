/**
 * Number-dense page text: the labelled set's paragraphs (contact pages, listings, forum posts,
 * carrier help pages, written in many languages) mixed with prose until a full number comes about
 * every 190 bytes, as on a contact page or a directory. A page is read with one region, so the
 * text is one stretch per region the paragraphs were written for, sized by how many there are.
 */
import { allCases } from '../fixtures/text/labels';
import type { TextCase } from '../fixtures/text/types';
import { seededRandom } from './seeded-random';

export interface RegionText {
  region: string;
  text: string;
  /** Full numbers labelled in the paragraphs the text repeats. */
  numbers: number;
}

const BYTES_PER_NUMBER = 190;

function fullNumbersIn(c: TextCase): number {
  return c.phones.filter((p) => p.e164 !== undefined).length;
}

function byRegion(cases: readonly TextCase[]): Map<string, TextCase[]> {
  const groups = new Map<string, TextCase[]>();
  for (const c of cases) groups.set(c.region, [...(groups.get(c.region) ?? []), c]);
  return groups;
}

/** About `totalBytes` of paragraphs, each labelled paragraph once or more, with prose between. */
export function denseTexts(totalBytes: number, prose: readonly string[], seed = 20261206): RegionText[] {
  const random = seededRandom(seed);
  const cases = allCases();
  const caseBytes = cases.reduce((sum, c) => sum + Buffer.byteLength(c.text), 0);
  const texts: RegionText[] = [];
  for (const [region, group] of byRegion(cases)) {
    const groupBytes = group.reduce((sum, c) => sum + Buffer.byteLength(c.text), 0);
    const target = (totalBytes * groupBytes) / caseBytes;
    const parts: string[] = [];
    let size = 0;
    let numbers = 0;
    while (size < target) {
      const c = group[Math.floor(random() * group.length)];
      if (c === undefined) break;
      parts.push(c.text);
      size += Buffer.byteLength(c.text) + 1;
      numbers += fullNumbersIn(c);
      // Prose until the next paragraph keeps one number per BYTES_PER_NUMBER bytes on average.
      while (size < numbers * BYTES_PER_NUMBER) {
        const sentence = prose[Math.floor(random() * prose.length)] ?? '';
        parts.push(sentence);
        size += Buffer.byteLength(sentence) + 1;
      }
    }
    texts.push({ region, text: parts.join('\n'), numbers });
  }
  return texts;
}

/** The labelled paragraphs once each, grouped by region: every number is read for the first time. */
export function labelledParagraphsOnce(): RegionText[] {
  return [...byRegion(allCases())].map(([region, group]) => ({
    region,
    text: group.map((c) => c.text).join('\n'),
    numbers: group.reduce((sum, c) => sum + fullNumbersIn(c), 0),
  }));
}
