import { describe, expect, it } from 'vitest';
import { isInside, parentAcrossShadow } from '@/lib/scan/tree';

describe('tree', () => {
  it('climbs from a shadow root to its host', () => {
    document.body.innerHTML = '<div id="host"></div><p id="other"></p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const inner = shadow.querySelector('p') as Element;
    expect(parentAcrossShadow(shadow)).toBe(host);
    expect(isInside(inner, document.body)).toBe(true);
    expect(isInside(inner, document.getElementById('other') as Element)).toBe(false);
  });

  it('ends at a detached node without a parent', () => {
    const lone = document.createElement('a');
    lone.href = 'https://example.com/';
    expect(parentAcrossShadow(lone)).toBeNull();
    expect(isInside(lone, document.body)).toBe(false);
  });
});
