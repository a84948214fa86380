import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendFromCard, sendFromPage, sendFromPopup } from '../../../lib/messaging/send';

/** The background as the sender sees it, answering the way entrypoints/background.ts does. */
function backgroundAnswers(answer: (message: unknown) => unknown) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    sendResponse(answer(message));
    return true;
  });
}

describe('the typed senders', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sends the type with the request and returns the parsed reply', async () => {
    const seen: unknown[] = [];
    backgroundAnswers((message) => {
      seen.push(message);
      return { carrier: null };
    });
    expect(await sendFromCard('describeCarrier', { id: 'csl' })).toEqual({ carrier: null });
    expect(seen).toEqual([{ type: 'describeCarrier', id: 'csl' }]);
  });

  it.each<[string, unknown]>([
    ['a reply of another shape', { findings: 'none' }],
    ['a finding without its offsets', { findings: [[{ kind: 'phone', text: '10086' }]] }],
    [
      'a finding no summary would take (the report is then never refused for it)',
      {
        findings: [
          [
            {
              kind: 'phone',
              start: 0,
              end: 5,
              text: '10086',
              e164: 'not-a-number',
              region: 'CN',
              type: 'MOBILE',
            },
          ],
        ],
      },
    ],
    ['no reply', undefined],
  ])('turns %s into undefined, never a cast', async (_name, reply) => {
    backgroundAnswers(() => reply);
    expect(await sendFromPage('findInTexts', { region: 'CN', texts: ['10086'] })).toBeUndefined();
  });

  it('turns a failed send into undefined', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('no receiver')));
    expect(
      await sendFromPopup('checkNumber', { text: '10086', homeRegion: 'CN', language: 'en' }),
    ).toBeUndefined();
  });
});
