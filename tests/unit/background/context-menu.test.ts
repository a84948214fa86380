import { describe, expect, it } from 'vitest';
import { formatterPageUrl } from '../../../lib/background/context-menu';

describe('formatterPageUrl', () => {
  it.each([
    ['+86 138 0013 8000', 'format=%2B86+138+0013+8000'],
    ['  (852) 2123-4567\n', 'format=%28852%29+2123-4567'],
    ['x'.repeat(500), `format=${'x'.repeat(64)}`],
    ['a&tabId=3', 'format=a%26tabId%3D3'],
  ])('puts %j in the query as %s', (selection, query) => {
    const url = new URL(formatterPageUrl('chrome-extension://abc/popup.html', selection));
    expect(url.pathname).toBe('/popup.html');
    expect(url.search).toBe(`?${query}`);
  });
});
