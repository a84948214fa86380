import { Window } from 'happy-dom';
import type { CountryCode } from 'libphonenumber-js/max';
import { findingsInText, inReadingOrder } from '@/lib/finders';
import type { Finding } from '@/lib/finding';
import { textBlocks } from '@/lib/scan/blocks';
import { SourceLocator } from './source-map';

export interface PageFindings {
  findings: Finding[];
  /** Findings left out because the parser moved their text away from where the source has it. */
  unplaced: number;
}

/** Parses an HTML page without running it; `lang` is read before the region is chosen. */
export function parsePage(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * Runs the content script's block walker over a parsed page and maps each finding back to the
 * HTML source, so offsets index the file that was given. `text` stays the text a reader sees
 * (character references decoded).
 */
export function findingsInPage(html: string, page: Document, region: CountryCode): PageFindings {
  const locator = new SourceLocator(html);
  const sourceOffsets = new Map<Text, number[] | null>();
  const found: Finding[] = [];
  let unplaced = 0;
  for (const block of textBlocks(page.body ?? page.documentElement)) {
    for (const segment of block.segments) {
      if (!sourceOffsets.has(segment.node))
        sourceOffsets.set(segment.node, locator.locate(segment.node.data));
    }
    const sourceAt = (offset: number, side: 'start' | 'end'): number | null => {
      const segment = block.segments.find((s) =>
        side === 'start'
          ? offset >= s.at && offset < s.at + s.length
          : offset > s.at && offset <= s.at + s.length,
      );
      const offsets = segment && sourceOffsets.get(segment.node);
      if (!segment || !offsets) return null;
      return offsets[segment.from + offset - segment.at] ?? null;
    };
    const lang = page.documentElement.lang;
    for (const finding of findingsInText(block.text, region, lang === '' ? {} : { lang })) {
      const start = sourceAt(finding.start, 'start');
      const end = sourceAt(finding.end, 'end');
      if (start === null || end === null) {
        unplaced += 1;
        continue;
      }
      found.push({ ...finding, start, end });
    }
  }
  return { findings: inReadingOrder(found), unplaced };
}
