import type { Messenger } from '../settings/settings';

/**
 * Links a card may offer for a number. A `tel:` link holding `*` or `#` is a USSD or feature code
 * that a phone may run as soon as it is opened (GSM 02.30), so it gets no call link.
 */

export function isCallable(telHref: string): boolean {
  return !/[*#]|%2a|%23/i.test(telHref);
}

/** The chat app's own link for a number in E.164 ("+85251234567"), opened only on a click. */
export function messengerLink(app: Messenger, e164: string): string {
  const digits = e164.replace(/\D/g, '');
  switch (app) {
    case 'whatsapp':
      return `https://wa.me/${digits}`;
    case 'telegram':
      return `https://t.me/+${digits}`;
    case 'signal':
      return `https://signal.me/#p/+${digits}`;
  }
}
