import { describe, expect, it, vi } from 'vitest';
import {
  documentOverrideCss,
  extensionSheetStyle,
  HighlightSheet,
  highlightCss,
} from '@/lib/scan/highlight-style';
import { defaultSettings } from '@/lib/settings/settings';

describe('highlightCss', () => {
  it.each([
    ['underline', /::highlight\(dialwise-phone\) \{ text-decoration: underline dotted/],
    ['background', /::highlight\(dialwise-carrier\) \{ background-color: rgb\(245 158 11/],
    ['none', /::highlight\(dialwise-phone\) \{ {2}\}/],
  ] as const)('styles marks for "%s"', (style, pattern) => {
    expect(highlightCss(style)).toMatch(pattern);
  });

  it('always styles the flash of a revealed mark', () => {
    expect(highlightCss('none')).toMatch(/::highlight\(dialwise-flash\) \{ background-color/);
  });
});

describe('the extension stylesheet and what a document adopts over it', () => {
  it('paints the look readers get by default, so most pages adopt nothing', () => {
    expect(extensionSheetStyle).toBe(defaultSettings().highlightStyle);
    expect(documentOverrideCss(extensionSheetStyle)).toBe('');
  });

  it('overrides another look with selectors that outweigh the stylesheet, its line reset', () => {
    const css = documentOverrideCss('background');
    expect(css).toContain(
      ':root::highlight(dialwise-phone), :root ::highlight(dialwise-phone) { text-decoration: none;',
    );
    expect(css).toMatch(/dialwise-carrier\) \{ [^}]*background-color: rgb\(245 158 11 \/ 0\.24\)/);
    expect(documentOverrideCss('none')).toMatch(/dialwise-phone\) \{ text-decoration: none;/);
  });
});

describe('HighlightSheet', () => {
  const shadowRoot = () => document.createElement('div').attachShadow({ mode: 'open' });

  it('leaves a document to the extension stylesheet for the default look, and gives a shadow root a sheet', () => {
    document.adoptedStyleSheets = [];
    const root = shadowRoot();
    const sheet = new HighlightSheet('underline');
    sheet.adoptInto(document);
    sheet.adoptInto(root);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    sheet.remove();
    expect(root.adoptedStyleSheets).toHaveLength(0);
  });

  it('adopts a sheet into the document once the reader picks another look, and takes it off for the default', () => {
    document.adoptedStyleSheets = [];
    const sheet = new HighlightSheet('underline');
    sheet.adoptInto(document);
    sheet.setStyle('background');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    sheet.adoptInto(document);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    sheet.setStyle('underline');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    sheet.setStyle('none');
    sheet.remove();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('rewrites no rules when a settings change leaves the look alone', () => {
    const sheet = new HighlightSheet('background');
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    sheet.setStyle('background');
    expect(replaceSync).not.toHaveBeenCalled();
    sheet.setStyle('none');
    expect(replaceSync).toHaveBeenCalled();
    replaceSync.mockRestore();
  });

  it('drops a root that can no longer take a sheet and restyles the others', () => {
    const gone = shadowRoot();
    const kept = shadowRoot();
    const sheet = new HighlightSheet('underline');
    sheet.adoptInto(gone);
    sheet.adoptInto(kept);
    // What a shadow root whose host moved into another frame's document does when given a sheet.
    Object.defineProperty(gone, 'adoptedStyleSheets', {
      get: () =>
        Object.assign([], {
          push: () => {
            throw new DOMException(
              'Sharing constructed stylesheets in multiple documents',
              'NotAllowedError',
            );
          },
        }),
    });
    kept.adoptedStyleSheets = [];
    expect(() => sheet.setStyle('background')).not.toThrow();
    expect(kept.adoptedStyleSheets).toHaveLength(1);
    expect(() => sheet.setStyle('none')).not.toThrow();
  });

  it('keeps the page’s own adopted sheets when it takes its own off', () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const sheet = new HighlightSheet('none');
    sheet.adoptInto(document);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    sheet.remove();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });
});
