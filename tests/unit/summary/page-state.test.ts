import { describe, expect, it } from 'vitest';
import { type PageState, pageStateOf, scannableHost, type TabFacts } from '../../../lib/summary/page-state';

const summary = { phones: [], carriers: [], capped: false };

describe('pageStateOf', () => {
  it.each<[string, TabFacts, string[], PageState['kind']]>([
    ['a reported page', { url: 'https://a.hk/', status: 'complete', summary }, [], 'scanned'],
    ['a reported local file', { url: 'file:///tmp/a.html', status: 'complete', summary }, [], 'scanned'],
    ['a switched-off site', { url: 'https://shop.a.hk/', status: 'complete', summary }, ['a.hk'], 'site-off'],
    ['a browser page', { url: undefined, status: 'complete', summary: null }, [], 'restricted'],
    ['chrome://settings', { url: 'chrome://settings/', status: 'complete', summary: null }, [], 'restricted'],
    [
      'the web store',
      { url: 'https://chromewebstore.google.com/detail/x', status: 'complete', summary: null },
      [],
      'restricted',
    ],
    ['a loading page', { url: 'https://a.hk/', status: 'loading', summary: null }, [], 'loading'],
    [
      'a page from before the install',
      { url: 'https://a.hk/', status: 'complete', summary: null },
      [],
      'not-scanned',
    ],
  ])('%s → %s', (_name, tab, disabledSites, expected) => {
    expect(pageStateOf(tab, { disabledSites }).kind).toBe(expected);
  });
});

describe('scannableHost', () => {
  it.each([
    ['https://www.10086.cn/x', 'www.10086.cn'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['chrome-extension://abc/popup.html', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s → %j', (url, host) => {
    expect(scannableHost(url)).toBe(host);
  });
});
