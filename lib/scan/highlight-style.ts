import type { HighlightStyle } from '@/lib/settings/settings';
import { highlightNames } from './marks';

/**
 * How marks look. Mid-tone colours with a low-alpha tint read on white and on near-black pages
 * alike; a dotted underline leaves the page's own colours untouched.
 */
const looks: Record<HighlightStyle, Record<keyof typeof highlightNames, string>> = {
  underline: {
    phone: 'text-decoration: underline dotted 2px rgb(37 99 235); text-underline-offset: 2px;',
    carrier: 'text-decoration: underline dotted 2px rgb(217 119 6); text-underline-offset: 2px;',
    carrierRepeat: 'text-decoration: underline dotted 1px rgb(217 119 6 / 0.35); text-underline-offset: 2px;',
  },
  background: {
    phone: 'background-color: rgb(59 130 246 / 0.22);',
    carrier: 'background-color: rgb(245 158 11 / 0.24);',
    carrierRepeat: 'background-color: rgb(245 158 11 / 0.08);',
  },
  none: { phone: '', carrier: '', carrierRepeat: '' },
};

/** A mark the popup asked to be shown flashes under this highlight, whatever the style setting. */
export const flashHighlightName = 'dialwise-flash';

export function highlightCss(style: HighlightStyle): string {
  const look = looks[style];
  return [
    `::highlight(${highlightNames.phone}) { ${look.phone} }`,
    `::highlight(${highlightNames.carrier}) { ${look.carrier} }`,
    `::highlight(${highlightNames.carrierRepeat}) { ${look.carrierRepeat} }`,
    `::highlight(${flashHighlightName}) { background-color: rgb(250 204 21 / 0.7); color: black; }`,
  ].join('\n');
}

/**
 * The marks' stylesheet, adopted by the document and by each open shadow root holding marks
 * (::highlight() rules do not cross shadow boundaries). A constructed sheet, not a <style>
 * element, so the page's DOM is left as the page wrote it.
 */
export class HighlightSheet {
  private readonly sheet: CSSStyleSheet;
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor(style: HighlightStyle) {
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(highlightCss(style));
  }

  setStyle(style: HighlightStyle): void {
    this.sheet.replaceSync(highlightCss(style));
  }

  /** Adopts the sheet into a root, again if the page replaced its adopted sheets since. */
  adoptInto(root: Document | ShadowRoot): void {
    this.roots.add(root);
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets.push(this.sheet);
  }

  remove(): void {
    for (const root of this.roots) {
      const at = root.adoptedStyleSheets.indexOf(this.sheet);
      if (at >= 0) root.adoptedStyleSheets.splice(at, 1);
    }
    this.roots.clear();
  }
}
