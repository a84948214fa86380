import { describe, expect, it } from 'vitest';
import { mayHoldFindings } from '@/lib/finders';
import { quietCheckTextLimit } from '@/lib/messaging/limits';
import {
  changedContexts,
  holdsWrittenNumber,
  quietFrameReport,
  shownTextUnlessBusy,
  textUnder,
} from '@/lib/page/quiet-frame';
import { frameSummarySchema } from '@/lib/summary/page-summary';
import { allCases } from '../../fixtures/text/labels';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('textUnder', () => {
  it('reads the shown text and leaves scripts and styles out', () => {
    const body = page('<p>Open daily</p><script>var id = 13800138000;</script><style>p{width:100px}</style>');
    expect(textUnder([body]).text).toBe('Open daily');
  });

  it('reads into open shadow roots, nested ones too, and returns them to be watched', () => {
    const body = page('<p>Outside</p><div id="host"></div>');
    const outer = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (outer === undefined) throw new Error('no host');
    outer.innerHTML = '<p>Sales <span id="inner"></span></p>';
    const inner = outer.getElementById('inner')?.attachShadow({ mode: 'open' });
    if (inner === undefined) throw new Error('no inner host');
    inner.innerHTML = '<b>+1 650 253 0000</b>';
    const { text, shadowRoots } = textUnder([body]);
    expect(text).toContain('Outside');
    expect(text).toContain('+1 650 253 0000');
    expect(shadowRoots).toEqual([outer, inner]);
  });

  it('keeps the words of neighbouring blocks apart, so names in a list stay names', () => {
    const body = page('<ul><li>Carriers</li><li>EE</li><li>Vodafone</li></ul>');
    const { text } = textUnder([body]);
    expect(text).toBe('Carriers EE Vodafone');
    expect(mayHoldFindings(text)).toBe(true);
  });

  it('reads nothing of a script or a style added later', () => {
    const script = document.createElement('script');
    script.textContent = 'var t = 1733452800000;';
    page('');
    document.body.append(script);
    expect(textUnder([script]).text).toBe('');
    expect(textUnder([script.firstChild as Node]).text).toBe('');
  });
});

/** Whether the text of `#id` was read after this call: its `data` is replaced by a getter that notes it. */
function watchReads(id: string): () => boolean {
  const node = document.getElementById(id)?.firstChild as Text;
  const data = node.data;
  let read = false;
  Object.defineProperty(node, 'data', {
    get: () => {
      read = true;
      return data;
    },
  });
  return () => read;
}

describe('shownTextUnlessBusy', () => {
  it('returns the shown text of a page with no written number, to be asked about', () => {
    const body = page('<p>Ask <b>Vodafone</b> in store</p><script>var id = 13800138000;</script>');
    expect(shownTextUnlessBusy(body)).toBe('Ask  Vodafone  in store');
  });

  it('says busy at a text node holding a written number, without reading the rest', () => {
    const body = page('<p>Call +44 20 7946 0018</p><p id="later">Opening hours</p>');
    const readLater = watchReads('later');
    expect(shownTextUnlessBusy(body)).toBeNull();
    expect(readLater()).toBe(false);
  });

  it('does not take digits in a script for a written number', () => {
    const body = page('<p>Open daily</p><script>var id = 13800138000;</script>');
    expect(shownTextUnlessBusy(body)).toBe('Open daily');
  });

  it('says busy as soon as there is more text than the check takes', () => {
    const body = page(`<p>${'word '.repeat(quietCheckTextLimit / 5)}</p><p id="after">more</p>`);
    const readAfter = watchReads('after');
    expect(shownTextUnlessBusy(body)).toBeNull();
    expect(readAfter()).toBe(false);
  });

  it('leaves out the text of an SVG style, which the page never shows', () => {
    const body = page('<p>Our shop</p><svg></svg>');
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = '.a { fill: #010101; }';
    body.querySelector('svg')?.append(style);
    expect(style.nodeName).toBe('style');
    expect(shownTextUnlessBusy(body)).toBe('Our shop');
  });
});

describe('mayHoldFindings', () => {
  it('says no for prose with no digit run and no carrier name', () => {
    expect(mayHoldFindings('Passport, charger, a spare pair of shoes and a good book for the flight.')).toBe(
      false,
    );
    expect(mayHoldFindings('Opens at 9, closes at 17; 2 floors.')).toBe(false);
  });

  it('says yes for a number, a listed service code or a carrier name, whatever the region', () => {
    expect(mayHoldFindings('Front desk: 2880 2688')).toBe(true);
    expect(mayHoldFindings('客服热线 10086')).toBe(true);
    expect(mayHoldFindings('I switched to giffgaff last year.')).toBe(true);
    expect(mayHoldFindings('En cas d’urgence, appelez le 15 (SAMU).')).toBe(true);
    expect(mayHoldFindings('To switch, text PAC to 65075.')).toBe(true);
  });
});

describe('quietFrameReport', () => {
  it('is the empty frame summary the background accepts', () => {
    const { type, ...summary } = quietFrameReport;
    expect(type).toBe('findings');
    expect(frameSummarySchema().parse(summary)).toEqual({ phones: [], carriers: [], capped: false });
  });
});

describe('changedContexts', () => {
  it('reads an added piece of text with the element around it', async () => {
    const body = page('<p id="p">En cas d’urgence, appelez le SAMU au </p>');
    const paragraph = document.getElementById('p') as HTMLElement;
    const records = await new Promise<MutationRecord[]>((resolve) => {
      const observer = new MutationObserver((batch) => {
        observer.disconnect();
        resolve(batch);
      });
      observer.observe(body, { childList: true, subtree: true, characterData: true });
      paragraph.append('15');
    });
    const contexts = changedContexts(records);
    expect(contexts).toEqual([paragraph]);
    expect(mayHoldFindings(textUnder(contexts).text)).toBe(true);
  });
});

describe('holdsWrittenNumber', () => {
  it('answers yes only where the background would: every labelled snippet it takes holds a run the finder reads', () => {
    const taken = allCases().filter((c) => holdsWrittenNumber(c.text));
    expect(taken.length).toBeGreaterThan(300);
    expect(taken.filter((c) => !mayHoldFindings(c.text)).map((c) => c.id)).toEqual([]);
  });

  it('takes a number written with spaces, dashes or brackets, and not a year or a price', () => {
    expect(holdsWrittenNumber('Tel. (02) 2311-4567')).toBe(true);
    expect(holdsWrittenNumber('+86 138 0013 8000')).toBe(true);
    expect(holdsWrittenNumber('Since 2024, rooms from 380.')).toBe(false);
  });
});
