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

/** Where the extension's stylesheet goes, declared in the manifest for every frame (wxt.config.ts). */
export const extensionSheetFile = 'highlights.css';

/**
 * The look the extension's stylesheet paints: the settings' default. A document only adopts a sheet
 * of its own when the reader chose another.
 */
export const extensionSheetStyle: HighlightStyle = 'underline';

/** The marks' rules for `style`: the whole look, for the extension's stylesheet and for shadow roots. */
export function highlightCss(style: HighlightStyle): string {
  const look = looks[style];
  return [
    `::highlight(${highlightNames.phone}) { ${look.phone} }`,
    `::highlight(${highlightNames.carrier}) { ${look.carrier} }`,
    `::highlight(${highlightNames.carrierRepeat}) { ${look.carrierRepeat} }`,
    `::highlight(${flashHighlightName}) { background-color: rgb(250 204 21 / 0.7); color: black; }`,
  ].join('\n');
}

/** Selectors that outweigh a bare ::highlight(name): the root and every element under it. */
const inDocument = (name: string) => `:root::highlight(${name}), :root ::highlight(${name})`;

/**
 * The rules a document adopts over the extension's stylesheet for `style`: none for the look it
 * already paints; otherwise that look, its own declarations reset first, with selectors that
 * outweigh the stylesheet's whichever order a browser cascades the two in.
 */
export function documentOverrideCss(style: HighlightStyle): string {
  if (style === extensionSheetStyle) return '';
  const look = looks[style];
  const reset = 'text-decoration: none; background-color: transparent;';
  return [
    `${inDocument(highlightNames.phone)} { ${reset} ${look.phone} }`,
    `${inDocument(highlightNames.carrier)} { ${reset} ${look.carrier} }`,
    `${inDocument(highlightNames.carrierRepeat)} { ${reset} ${look.carrierRepeat} }`,
  ].join('\n');
}

/**
 * The marks' styles in the roots that hold marks. A document has the extension's stylesheet, in
 * place before the page's first layout: adopting a sheet with ::highlight() rules afterwards makes
 * the browser restyle every element of the page (200 ms on a 10,000-row table), so a document
 * adopts one only for a look the reader chose over the default. An open shadow root is not reached
 * by that stylesheet (::highlight() rules do not cross shadow boundaries) and adopts the whole look.
 * Constructed sheets, not <style> elements, so the page's DOM is left as the page wrote it.
 */
export class HighlightSheet {
  private readonly shadowSheet = new CSSStyleSheet();
  private readonly documentSheet = new CSSStyleSheet();
  private style: HighlightStyle | null = null;
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor(style: HighlightStyle) {
    this.setStyle(style);
  }

  /**
   * Changing a sheet's rules restyles every root that adopted it, so a settings change that leaves
   * the look alone changes nothing.
   */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.shadowSheet.replaceSync(highlightCss(style));
    this.documentSheet.replaceSync(documentOverrideCss(style));
    for (const root of [...this.roots]) {
      try {
        this.adoptInto(root);
      } catch {
        // A shadow root whose host moved into another frame's document cannot take the sheet.
        this.roots.delete(root);
      }
    }
  }

  /**
   * Adopts the root's sheet, again if the page replaced its adopted sheets since; takes a document's
   * off when the look is the default again.
   */
  adoptInto(root: Document | ShadowRoot): void {
    this.roots.add(root);
    if (root.nodeType !== Node.DOCUMENT_NODE) {
      if (!root.adoptedStyleSheets.includes(this.shadowSheet)) root.adoptedStyleSheets.push(this.shadowSheet);
    } else if (this.style !== extensionSheetStyle) {
      if (!root.adoptedStyleSheets.includes(this.documentSheet))
        root.adoptedStyleSheets.push(this.documentSheet);
    } else {
      this.takeOff(root);
    }
  }

  remove(): void {
    for (const root of this.roots) this.takeOff(root);
    this.roots.clear();
  }

  private takeOff(root: Document | ShadowRoot): void {
    const kept = root.adoptedStyleSheets.filter(
      (sheet) => sheet !== this.documentSheet && sheet !== this.shadowSheet,
    );
    // A root holding none of them is not touched: setting its list is a style change of its own.
    if (kept.length < root.adoptedStyleSheets.length) root.adoptedStyleSheets = kept;
  }
}
