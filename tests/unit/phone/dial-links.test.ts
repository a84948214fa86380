import { describe, expect, it } from 'vitest';
import { isCallable, messengerLink } from '@/lib/phone/dial-links';

describe('isCallable', () => {
  it.each([
    ['tel:+852-5123-4567', true],
    ['tel:10086', true],
    ['tel:*611', false],
    ['tel:#111*128#', false],
    ['tel:%2A100%23', false],
    ['tel:*#06#', false],
  ])('%s: %s', (href, callable) => {
    expect(isCallable(href)).toBe(callable);
  });
});

describe('messengerLink', () => {
  it.each([
    ['whatsapp', 'https://wa.me/85251234567'],
    ['telegram', 'https://t.me/+85251234567'],
    ['signal', 'https://signal.me/#p/+85251234567'],
  ] as const)('links %s by the number', (app, href) => {
    expect(messengerLink(app, '+85251234567')).toBe(href);
  });
});
