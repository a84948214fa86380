import { decodeHTML } from 'entities';

/** Elements whose content the HTML tokenizer reads as raw text: no text nodes of the page come from them. */
const rawTextElements = /^<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)\b/i;

/**
 * Finds where each text node of a parsed page stands in the HTML source, so the CLI can print
 * offsets into the file it was given. The DOM parser keeps no source positions, so this walks the
 * source once, in document order, skipping markup and decoding character references as it goes.
 * A node the parser moved (table fix-ups) is not found and reported as such.
 */
export class SourceLocator {
  private cursor = 0;

  constructor(private readonly html: string) {}

  /** Source offsets of each character of `data` plus its end, or null when it cannot be found. */
  locate(data: string): number[] | null {
    for (
      let at = this.nextTextPosition(this.cursor);
      at < this.html.length;
      at = this.nextTextPosition(at + 1)
    ) {
      const offsets = this.matchAt(data, at);
      if (offsets) {
        this.cursor = offsets[offsets.length - 1] ?? at;
        return offsets;
      }
    }
    return null;
  }

  /** The first position at or after `from` that is text content, not markup. */
  private nextTextPosition(from: number): number {
    let at = from;
    while (at < this.html.length && this.html[at] === '<') {
      const rest = this.html.slice(at, at + 12);
      if (rest.startsWith('<!--')) {
        const close = this.html.indexOf('-->', at + 4);
        at = close < 0 ? this.html.length : close + 3;
        continue;
      }
      const raw = rawTextElements.exec(rest);
      const tagEnd = this.html.indexOf('>', at);
      if (tagEnd < 0) return this.html.length;
      if (raw) {
        const close = this.html.toLowerCase().indexOf(`</${raw[1]?.toLowerCase()}`, tagEnd);
        at = close < 0 ? this.html.length : this.html.indexOf('>', close) + 1 || this.html.length;
        continue;
      }
      at = tagEnd + 1;
    }
    return at;
  }

  private matchAt(data: string, start: number): number[] | null {
    const offsets: number[] = [];
    let source = start;
    for (let i = 0; i < data.length; ) {
      if (source >= this.html.length || this.html[source] === '<') return null;
      offsets.push(source);
      if (this.html[source] === '&') {
        const reference = /^&(#\d+|#x[\da-f]+|[a-z\d]+);?/i.exec(this.html.slice(source, source + 40));
        const decoded = reference ? decodeHTML(reference[0]) : '&';
        if (!data.startsWith(decoded, i)) return null;
        // Every character a reference decodes to points at the reference.
        for (let extra = 1; extra < decoded.length; extra++) offsets.push(source);
        i += decoded.length;
        source += reference && decoded !== reference[0] ? reference[0].length : 1;
        continue;
      }
      if (this.html[source] !== data[i] && !(this.html[source] === '\r' && data[i] === '\n')) return null;
      // The parser turns CRLF into LF: one character of data stands for two of source.
      source += this.html.startsWith('\r\n', source) ? 2 : 1;
      i += 1;
    }
    offsets.push(source);
    return offsets;
  }
}
