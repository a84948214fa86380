import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CarrierFinding, Finding, PhoneFinding } from '@/lib/finding';
import { MarkRegistry } from '@/lib/scan/marks';
import { type FindInTexts, PageScanner } from '@/lib/scan/page-scanner';
import { SliceQueue } from '@/lib/scan/slices';

const phone = (start: number, text: string): PhoneFinding => ({
  kind: 'phone',
  start,
  end: start + text.length,
  text,
  e164: text.length > 5 ? `+86${text}` : null,
  region: 'CN',
  type: text.length > 5 ? 'MOBILE' : 'SHORT_CODE',
});

/**
 * Toy finders, standing in for the background: "13800138000" and "10086" are numbers, "CMCC" a
 * carrier, "PACK" a product only claimed for it.
 */
function toyFinders(release: (run: () => void) => void = (run) => run()) {
  const requests: string[][] = [];
  const all = (text: string, word: string) =>
    [...text.matchAll(new RegExp(word, 'g'))].map((m) => m.index ?? 0);
  const carrier = (start: number): CarrierFinding => ({
    kind: 'carrier',
    start,
    end: start + 4,
    text: 'CMCC',
    id: 'china-mobile',
    region: 'CN',
  });
  const find: FindInTexts = (texts) => {
    requests.push(texts);
    return new Promise((done) =>
      release(() =>
        done(
          texts.map((text): Finding[] => [
            ...all(text, '13800138000').map((start) => phone(start, '13800138000')),
            ...all(text, '10086').map((start) => phone(start, '10086')),
            ...all(text, 'CMCC').map(carrier),
            ...all(text, 'PACK').map((start) => ({
              ...carrier(start),
              text: 'PACK',
              product: 'unconfirmed' as const,
            })),
          ]),
        ),
      ),
    );
  };
  return { find, requests };
}

/** `unitPerSlice` puts the queue on a clock that lets each slice run exactly one step. */
function setup(
  find: FindInTexts,
  {
    unitPerSlice = false,
    highlights = null as HighlightRegistry | null,
    marked = (_root: Document | ShadowRoot) => {},
  } = {},
) {
  const slices: (() => void)[] = [];
  let tick = 0;
  const queue = new SliceQueue({
    budgetMs: unitPerSlice ? 1.5 : 5,
    now: unitPerSlice ? () => tick++ : () => performance.now(),
    requestSlice: (run) => slices.push(run),
  });
  const marks = new MarkRegistry(highlights);
  const changes: number[] = [];
  const styled: (Document | ShadowRoot)[] = [];
  const scanner = new PageScanner(marks, queue, find, {
    marked: (root) => {
      marked(root);
      styled.push(root);
    },
    shadowRootFound: () => {},
    changed: () => changes.push(marks.size),
  });
  // Walks, replies and the marks they bring each run in slices, so drain until nothing is left.
  const drain = async () => {
    do {
      while (slices.length > 0) slices.shift()?.();
      await new Promise((done) => setTimeout(done, 0));
    } while (slices.length > 0);
  };
  const texts = () => [...marks.all()].map((m) => `${m.finding.kind}:${m.range.toString()}`).sort();
  /** Runs the slices that are due now, after letting pending replies arrive. */
  const runSlices = async () => {
    await new Promise((done) => setTimeout(done, 0));
    const due = slices.splice(0);
    for (const run of due) run();
  };
  return { scanner, marks, drain, runSlices, texts, changes, styled };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PageScanner', () => {
  it('marks carriers and numbers; every block with text goes to the finders, in one batch', async () => {
    document.body.innerHTML =
      '<p>Call <b>138</b>00138000 at CMCC</p>\n\n<p>No digits</p><p>dial 10086</p><p>13800138000 or 10086</p>';
    const finders = toyFinders();
    const { scanner, drain, texts } = setup(finders.find);
    scanner.scan(document.body);
    await drain();
    expect(texts()).toEqual([
      'carrier:CMCC',
      'phone:10086',
      'phone:10086',
      'phone:13800138000',
      'phone:13800138000',
    ]);
    expect(finders.requests).toEqual([
      ['Call 13800138000 at CMCC', 'No digits', 'dial 10086', '13800138000 or 10086'],
    ]);
  });

  it('marks a carrier named again in the same block as a repeat, and the first in each block as not', async () => {
    document.body.innerHTML = '<p>CMCC, CMCC and CMCC</p><p>CMCC</p>';
    const { scanner, drain, marks } = setup(toyFinders().find);
    scanner.scan(document.body);
    await drain();
    const byBlock = [...marks.all()].map((mark) => [mark.range.startContainer.textContent, mark.repeat]);
    expect(byBlock).toEqual([
      ['CMCC, CMCC and CMCC', false],
      ['CMCC, CMCC and CMCC', true],
      ['CMCC, CMCC and CMCC', true],
      ['CMCC', false],
    ]);
  });

  it('does not count a product only claimed for a carrier as the carrier’s first mention', async () => {
    document.body.innerHTML = '<p>PACK from CMCC, CMCC</p>';
    const { scanner, drain, marks } = setup(toyFinders().find);
    scanner.scan(document.body);
    await drain();
    const repeats = [...marks.all()]
      .sort((a, b) => a.range.startOffset - b.range.startOffset)
      .map((mark) => [mark.finding.text, mark.repeat]);
    expect(repeats).toEqual([
      ['PACK', false],
      ['CMCC', false],
      ['CMCC', true],
    ]);
  });

  it('replaces the marks of a rescanned subtree instead of adding twice', async () => {
    document.body.innerHTML = '<p id="p">CMCC 13800138000</p>';
    const { scanner, drain, texts } = setup(toyFinders().find);
    scanner.scan(document.body);
    await drain();
    scanner.scan(document.querySelector('#p') as Node);
    scanner.scan(document.body);
    await drain();
    expect(texts()).toEqual(['carrier:CMCC', 'phone:13800138000']);
  });

  it('throws away findings for text that changed while waiting', async () => {
    document.body.innerHTML = '<p id="p">13800138000</p>';
    let release = () => {};
    const { scanner, drain, texts } = setup(toyFinders((run) => (release = run)).find);
    scanner.scan(document.body);
    await drain();
    (document.querySelector('#p')?.firstChild as Text).data = 'gone';
    release();
    await drain();
    expect(texts()).toEqual([]);
  });

  it('drops marks over removed text', async () => {
    document.body.innerHTML = '<p id="p">CMCC</p><p>CMCC</p>';
    const { scanner, drain, marks } = setup(toyFinders().find);
    scanner.scan(document.body);
    await drain();
    document.querySelector('#p')?.remove();
    scanner.dropDetached();
    expect(marks.size).toBe(1);
  });

  it('leaves an editable page alone', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="p">CMCC 10086</p></div>';
    const { scanner, drain, marks } = setup(toyFinders().find);
    scanner.scan(document.querySelector('#p') as Node);
    await drain();
    expect(marks.size).toBe(0);
  });

  it('asks nothing about a page of white space, and reports no change when nothing is found', async () => {
    document.body.innerHTML = '<p> </p>\n<div>\n\t</div>';
    const blank = toyFinders();
    const quiet = setup(blank.find);
    quiet.scanner.scan(document.body);
    await quiet.drain();
    document.body.innerHTML = '<p>Nothing to see</p>';
    const plain = toyFinders();
    const { scanner, drain, marks, changes } = setup(plain.find);
    scanner.scan(document.body);
    await drain();
    expect([blank.requests, plain.requests, marks.size, changes.length]).toEqual([
      [],
      [['Nothing to see']],
      0,
      0,
    ]);
  });

  it('turns a reply of many numbers into marks over several slices', async () => {
    const paragraph = `<p>${'dial 10086 '.repeat(100)}</p>`;
    document.body.innerHTML = paragraph.repeat(10);
    const { scanner, marks, runSlices, changes } = setup(toyFinders().find, { unitPerSlice: true });
    scanner.scan(document.body);
    const sizes: number[] = [];
    for (let i = 0; i < 8; i++) {
      await runSlices();
      sizes.push(marks.size);
    }
    // One slice walks and sends the ten blocks; then each slice marks two blocks of 100 numbers.
    expect(sizes).toEqual([0, 200, 400, 600, 800, 1000, 1000, 1000]);
    expect(changes).toEqual([1000]);
  });

  it('drops findings that do not fit the text they came back for', async () => {
    document.body.innerHTML = '<p>CMCC 13800138000</p>';
    const misfits: FindInTexts = async (texts) =>
      texts.map(() => [
        { ...phone(5, '13800138000'), start: 4 },
        { ...phone(5, '13800138000'), end: 99 },
        { ...phone(5, '13800138000'), start: Number.NaN },
        { ...phone(5, '13800138000'), text: '<img src=x>' },
        phone(5, '13800138000'),
      ]);
    const { scanner, drain, texts } = setup(misfits);
    scanner.scan(document.body);
    await drain();
    expect(texts()).toEqual(['phone:13800138000']);
  });

  it('paints the marks of every reply in one change, once no reply is awaited', async () => {
    // happy-dom has no Custom Highlight API; a Set stands in for Highlight, a Map for the registry.
    vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
    const registry = new Map<string, Set<AbstractRange>>();
    // More blocks than one request takes, so the page goes to the finders in two requests.
    document.body.innerHTML = Array.from({ length: 500 }, () => '<p>dial 10086</p>').join('');
    const held: (() => void)[] = [];
    const finders = toyFinders((run) => held.push(run));
    const { scanner, marks, drain, styled } = setup(finders.find, {
      highlights: registry as unknown as HighlightRegistry,
    });
    scanner.scan(document.body);
    await drain();
    expect(finders.requests.length).toBe(2);
    held.shift()?.();
    await drain();
    const painted = () => registry.get('dialwise-phone')?.size;
    expect([marks.size, painted(), styled.length]).toEqual([400, 0, 0]);
    held.shift()?.();
    await drain();
    expect([marks.size, painted(), styled]).toEqual([500, 500, [document]]);
  });

  it('paints the marks of every root even when one root cannot take the style sheet', async () => {
    vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
    const registry = new Map<string, Set<AbstractRange>>();
    document.body.innerHTML = '<p>dial 10086</p><div id="host"></div><p>call 10086</p>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>dial 10086</p>';
    const { scanner, drain } = setup(toyFinders().find, {
      highlights: registry as unknown as HighlightRegistry,
      marked: (root) => {
        if (root === shadow) throw new DOMException('sheet from another document', 'NotAllowedError');
      },
    });
    scanner.scan(document.body);
    await drain();
    scanner.scan(document.body);
    await drain();
    expect(registry.get('dialwise-phone')?.size).toBe(3);
  });
});
