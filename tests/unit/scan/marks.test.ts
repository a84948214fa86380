import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/finding';
import { highlightNames, isAttached, type Mark, MarkRegistry } from '@/lib/scan/marks';

/** happy-dom has no Custom Highlight API; a Set stands in for Highlight, a Map for the registry. */
class FakeHighlight extends Set<AbstractRange> {}

afterEach(() => {
  vi.unstubAllGlobals();
});

function markOver(node: Text, kind: Finding['kind']): Mark {
  const range = document.createRange();
  range.selectNodeContents(node);
  const finding: Finding =
    kind === 'phone'
      ? {
          kind,
          start: 0,
          end: 5,
          text: node.data,
          e164: null,
          region: 'CN',
          type: 'SHORT_CODE',
          shortCode: '10086',
        }
      : { kind, start: 0, end: 4, text: node.data, id: 'china-mobile', region: 'CN' };
  return { finding, range, nodes: [node] };
}

describe('MarkRegistry', () => {
  it('registers every highlight at once, empty, so a page can tell the script ran', () => {
    vi.stubGlobal('Highlight', FakeHighlight);
    const registry = new Map<string, FakeHighlight>();
    new MarkRegistry(registry as unknown as HighlightRegistry);
    expect([...registry.keys()]).toEqual([
      highlightNames.phone,
      highlightNames.carrier,
      highlightNames.carrierRepeat,
    ]);
    expect(registry.get(highlightNames.phone)?.size).toBe(0);
  });

  it('paints each mark under its kind, finds it by node, and removes it everywhere', () => {
    vi.stubGlobal('Highlight', FakeHighlight);
    const registry = new Map<string, FakeHighlight>();
    const marks = new MarkRegistry(registry as unknown as HighlightRegistry);
    document.body.innerHTML = '<p>10086</p><p>中国移动</p>';
    const [phoneText, carrierText] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text) as [
      Text,
      Text,
    ];
    const phone = markOver(phoneText, 'phone');
    marks.add(phone);
    marks.add(markOver(carrierText, 'carrier'));
    marks.paint();
    expect([registry.get(highlightNames.phone)?.size, registry.get(highlightNames.carrier)?.size]).toEqual([
      1, 1,
    ]);
    expect(marks.on(phoneText)).toEqual([phone]);
    expect(marks.removeWhere((m) => m.finding.kind === 'phone')).toBe(1);
    expect([registry.get(highlightNames.phone)?.size, marks.on(phoneText), marks.size]).toEqual([0, [], 1]);
  });

  it('paints a repeated carrier quietly, apart from the first mention', () => {
    vi.stubGlobal('Highlight', FakeHighlight);
    const registry = new Map<string, FakeHighlight>();
    const marks = new MarkRegistry(registry as unknown as HighlightRegistry);
    document.body.innerHTML = '<p>中国移动</p><p>中国移动</p>';
    const [first, again] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text) as [
      Text,
      Text,
    ];
    marks.add(markOver(first, 'carrier'));
    const repeat = { ...markOver(again, 'carrier'), repeat: true };
    marks.add(repeat);
    marks.paint();
    expect(registry.get(highlightNames.carrier)?.size).toBe(1);
    expect(registry.get(highlightNames.carrierRepeat)?.size).toBe(1);
    expect(marks.on(again)).toEqual([repeat]);
    marks.removeWhere((mark) => mark === repeat);
    expect(registry.get(highlightNames.carrierRepeat)?.size).toBe(0);
  });

  it('keeps a mark at once but paints it only when asked, and not once it was removed', () => {
    vi.stubGlobal('Highlight', FakeHighlight);
    const registry = new Map<string, FakeHighlight>();
    const marks = new MarkRegistry(registry as unknown as HighlightRegistry);
    document.body.innerHTML = '<p>10086</p><p>10010</p>';
    const [kept, dropped] = [...document.querySelectorAll('p')].map((p) =>
      markOver(p.firstChild as Text, 'phone'),
    ) as [Mark, Mark];
    marks.add(kept);
    marks.add(dropped);
    expect([marks.size, marks.unpaintedCount, registry.get(highlightNames.phone)?.size]).toEqual([2, 2, 0]);
    marks.removeWhere((mark) => mark === dropped);
    expect(marks.paint(1)).toBe(1);
    expect(marks.paint()).toBe(0);
    expect([...(registry.get(highlightNames.phone) ?? [])]).toEqual([kept.range]);
    expect(marks.unpaintedCount).toBe(0);
  });

  it('takes its highlights off the page on detach, leaving others alone', () => {
    vi.stubGlobal('Highlight', FakeHighlight);
    const registry = new Map<string, FakeHighlight>([['page-own', new FakeHighlight()]]);
    const marks = new MarkRegistry(registry as unknown as HighlightRegistry);
    marks.detach();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('keeps marks without painting when the Highlight API is missing', () => {
    const marks = new MarkRegistry(null);
    document.body.innerHTML = '<p>10086</p>';
    marks.add(markOver(document.querySelector('p')?.firstChild as Text, 'phone'));
    expect(marks.size).toBe(1);
  });
});

describe('isAttached', () => {
  it('is false once any of the text leaves the page', () => {
    document.body.innerHTML = '<p>10086</p>';
    const mark = markOver(document.querySelector('p')?.firstChild as Text, 'phone');
    expect(isAttached(mark)).toBe(true);
    document.querySelector('p')?.remove();
    expect(isAttached(mark)).toBe(false);
  });
});
