import { beforeEach, describe, expect, it } from 'vitest';
import type { CarrierFinding, PhoneFinding } from '@/lib/findings';
import { MarkRegistry } from '@/lib/scan/marks';
import { type Finders, PageScanner } from '@/lib/scan/page-scanner';
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

/** Toy finders: "13800138000" is a number (parser), "10086" a short code, "CMCC" a carrier. */
function toyFinders(
  resolvePhones: (run: () => void) => void = (run) => run(),
): Finders & { requests: string[][] } {
  const requests: string[][] = [];
  const all = (text: string, word: string) =>
    [...text.matchAll(new RegExp(word, 'g'))].map((m) => m.index ?? 0);
  const shortCodes = (text: string) => all(text, '10086').map((start) => phone(start, '10086'));
  return {
    requests,
    carriers: (text) =>
      all(text, 'CMCC').map(
        (start): CarrierFinding => ({
          kind: 'carrier',
          start,
          end: start + 4,
          text: 'CMCC',
          id: 'china-mobile',
          region: 'CN',
        }),
      ),
    hasPhoneCandidate: (text) => text.includes('13800138000'),
    shortCodes,
    phones: (texts) => {
      requests.push(texts);
      return new Promise((done) =>
        resolvePhones(() =>
          done(
            texts.map((text) => [
              ...all(text, '13800138000').map((start) => phone(start, '13800138000')),
              ...shortCodes(text),
            ]),
          ),
        ),
      );
    },
  };
}

function setup(finders: Finders) {
  const slices: (() => void)[] = [];
  const queue = new SliceQueue({
    budgetMs: 5,
    now: () => performance.now(),
    requestSlice: (run) => slices.push(run),
  });
  const marks = new MarkRegistry(null);
  const changes: number[] = [];
  const scanner = new PageScanner(marks, queue, finders, {
    marked: () => {},
    shadowRootFound: () => {},
    changed: () => changes.push(marks.size),
  });
  const drain = async () => {
    while (slices.length > 0) slices.shift()?.();
    await new Promise((done) => setTimeout(done, 0));
  };
  const texts = () => [...marks.all()].map((m) => `${m.finding.kind}:${m.range.toString()}`).sort();
  return { scanner, marks, drain, texts, changes };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('PageScanner', () => {
  it('marks carriers and numbers; only blocks with candidates go to the parser, in one batch', async () => {
    document.body.innerHTML =
      '<p>Call <b>138</b>00138000 at CMCC</p><p>No digits</p><p>dial 10086</p><p>13800138000 or 10086</p>';
    const finders = toyFinders();
    const { scanner, drain, texts } = setup(finders);
    scanner.scan(document.body);
    await drain();
    expect(texts()).toEqual([
      'carrier:CMCC',
      'phone:10086',
      'phone:10086',
      'phone:13800138000',
      'phone:13800138000',
    ]);
    expect(finders.requests).toEqual([['Call 13800138000 at CMCC', '13800138000 or 10086']]);
  });

  it('replaces the marks of a rescanned subtree instead of adding twice', async () => {
    document.body.innerHTML = '<p id="p">CMCC 13800138000</p>';
    const { scanner, drain, texts } = setup(toyFinders());
    scanner.scan(document.body);
    await drain();
    scanner.scan(document.querySelector('#p') as Node);
    scanner.scan(document.body);
    await drain();
    expect(texts()).toEqual(['carrier:CMCC', 'phone:13800138000']);
  });

  it('throws away parser results for text that changed while waiting', async () => {
    document.body.innerHTML = '<p id="p">13800138000</p>';
    let release = () => {};
    const { scanner, drain, texts } = setup(toyFinders((run) => (release = run)));
    scanner.scan(document.body);
    await drain();
    (document.querySelector('#p')?.firstChild as Text).data = 'gone';
    release();
    await drain();
    expect(texts()).toEqual([]);
  });

  it('drops marks over removed text', async () => {
    document.body.innerHTML = '<p id="p">CMCC</p><p>CMCC</p>';
    const { scanner, drain, marks } = setup(toyFinders());
    scanner.scan(document.body);
    await drain();
    document.querySelector('#p')?.remove();
    scanner.dropDetached();
    expect(marks.size).toBe(1);
  });

  it('leaves an editable page alone', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="p">CMCC 10086</p></div>';
    const { scanner, drain, marks } = setup(toyFinders());
    scanner.scan(document.querySelector('#p') as Node);
    await drain();
    expect(marks.size).toBe(0);
  });

  it('finds nothing and asks no parser on a page without candidates', async () => {
    document.body.innerHTML = '<p>Nothing to see</p>';
    const finders = toyFinders();
    const { scanner, drain, marks, changes } = setup(finders);
    scanner.scan(document.body);
    await drain();
    expect([marks.size, finders.requests.length, changes.length]).toEqual([0, 0, 0]);
  });
});
