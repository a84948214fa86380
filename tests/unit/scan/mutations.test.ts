import { describe, expect, it } from 'vitest';
import { dirtyWork, isInSkippedSubtree, outermost } from '@/lib/scan/mutations';

/** Records the mutations `change` makes under a fresh body. */
async function recordsOf(html: string, change: (body: HTMLElement) => void): Promise<MutationRecord[]> {
  document.body.innerHTML = html;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change(document.body);
  await new Promise((done) => setTimeout(done, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const q = (selector: string) => document.querySelector(selector) as Element;

describe('dirtyWork', () => {
  it('dirties the block around changed text', async () => {
    const records = await recordsOf('<p id="p"><b>138</b> 0013</p>', () => {
      (q('b').firstChild as Text).data = '139';
    });
    expect(dirtyWork(records)).toEqual({ roots: new Set([q('#p')]), removed: false });
  });

  it('scans an added block element on its own', async () => {
    const records = await recordsOf('<div id="list"></div>', () => {
      q('#list').insertAdjacentHTML('beforeend', '<p id="new">Call 10086</p>');
    });
    expect(dirtyWork(records).roots).toEqual(new Set([q('#new')]));
  });

  it('dirties the block an inline node joined', async () => {
    const records = await recordsOf('<p id="p">+86 </p>', () => {
      q('#p').insertAdjacentHTML('beforeend', '<span>138 0013 8000</span>');
    });
    expect(dirtyWork(records).roots).toEqual(new Set([q('#p')]));
  });

  it('reports removals; a removed inline node also dirties its block', async () => {
    const records = await recordsOf('<div id="d"><p>a</p><span>b</span></div>', () => {
      q('#d p').remove();
      q('#d span').remove();
    });
    expect(dirtyWork(records)).toEqual({ roots: new Set([q('#d')]), removed: true });
  });

  it('ignores our own card and skipped subtrees', async () => {
    const records = await recordsOf('<textarea id="t"></textarea>', (body) => {
      body.append(document.createElement('dialwise-card'));
      body.append(document.createElement('script'));
      q('#t').append('138 0013 8000');
    });
    expect(dirtyWork(records).roots.size).toBe(0);
  });
});

describe('isInSkippedSubtree', () => {
  it('looks through shadow roots up to their hosts', () => {
    document.body.innerHTML = '<div contenteditable><span id="host"></span></div>';
    const shadow = q('#host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>x</p>';
    expect(isInSkippedSubtree(shadow.querySelector('p') as Element)).toBe(true);
  });
});

describe('outermost', () => {
  it('keeps only roots not inside another', () => {
    document.body.innerHTML = '<div id="a"><p id="b"></p></div><p id="c"></p>';
    expect(outermost(new Set([q('#b'), q('#a'), q('#c')]))).toEqual(new Set([q('#a'), q('#c')]));
  });
});
