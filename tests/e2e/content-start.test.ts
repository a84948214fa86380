import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createContext, runInContext } from 'node:vm';
import { chromeBuild } from './support/chromium.ts';

/**
 * A frame as the built content script sees it when the browser injects it, with every extension
 * and DOM call it makes written down. Only what WXT's start-up and Dialwise's start touch exists.
 */
function injectedFrame() {
  const calls: string[] = [];
  const idleCallbacks: (() => void)[] = [];
  const note =
    (name: string, result?: unknown) =>
    (..._args: unknown[]) => {
      calls.push(name);
      return result;
    };
  const listeners = { addListener: note('listener'), removeListener: note('listener') };
  // No number written out, so the quiet check asks the background about it.
  const frameText = 'We resell Vodafone SIM cards.';
  const context = createContext({
    AbortController,
    CustomEvent,
    Event,
    EventTarget,
    MutationObserver: class {
      observe = note('MutationObserver.observe');
      disconnect = note('MutationObserver.disconnect');
    },
    chrome: {
      runtime: { id: 'dialwise-test', onMessage: listeners, sendMessage: note('runtime.sendMessage') },
      storage: {
        // Never answers, so the start stops at its first storage read.
        local: { get: note('storage.local.get', new Promise(() => {})) },
        onChanged: listeners,
      },
    },
    document: {
      // What the quiet check reads once the frame is idle.
      body: { nodeType: 1, textContent: frameText, closest: () => null },
      documentElement: {},
      createTreeWalker: () => {
        let read = false;
        return {
          nextNode: () => {
            if (read) return null;
            read = true;
            return { data: frameText, parentNode: { nodeName: 'P' } };
          },
        };
      },
      addEventListener: note('document.addEventListener'),
      removeEventListener: note('document.removeEventListener'),
      dispatchEvent: note('document.dispatchEvent'),
    },
    location: { href: 'https://example.test/', hostname: 'example.test' },
    requestIdleCallback: (callback: () => void) => idleCallbacks.push(callback),
    cancelIdleCallback: () => {},
  });
  context.window = context;
  // zod (4.6, pinned) gives each schema and check it builds its internals by
  // Object.defineProperty(…, '_zod', …): counted here. Built from this project's bundle before
  // lib/carriers/schema and lib/notes/schema marked their calls free of side effects, the count
  // at the storage read was 80.
  runInContext(
    `globalThis.zodInstancesBuilt = 0;
    const define = Object.defineProperty;
    Object.defineProperty = function (target, key, descriptor) {
      if (key === '_zod') globalThis.zodInstancesBuilt++;
      return define(target, key, descriptor);
    };`,
    context,
  );
  return { calls, idleCallbacks, context };
}

/**
 * On a page of many frames, whatever the injected script does at once runs inside the page's
 * loading, so the content script only waits for an idle moment; its modules are set up then.
 */
describe('the built content script, as injected into a frame', () => {
  it('reads nothing and sets up no module of its own until the frame is idle', async () => {
    const script = await readFile(join(chromeBuild, 'content-scripts', 'content.js'), 'utf8');
    const frame = injectedFrame();
    runInContext(script, frame.context);
    await new Promise((settle) => setTimeout(settle, 20));

    assert.equal(frame.idleCallbacks.length, 1, 'one idle callback asked for');
    assert.deepEqual(
      frame.calls.filter((call) => !call.startsWith('document.')),
      [],
      'no extension call before the frame is idle (the DOM calls are WXT stopping older copies)',
    );
    // zod/mini registers its configuration on the global object when its module is set up.
    assert.equal('__zod_globalConfig' in frame.context, false, 'zod not set up');

    frame.idleCallbacks[0]?.();
    await new Promise((settle) => setTimeout(settle, 20));

    assert.ok(frame.calls.includes('runtime.sendMessage'), 'the quiet check asked about the text once idle');
    assert.ok(frame.calls.includes('storage.local.get'), 'settings read once idle');
    assert.equal('__zod_globalConfig' in frame.context, true, 'zod set up once idle');
    // Every schema is built on its first use: the modules the protocol imports for the schemas its
    // messages share build none of their own at load, in every frame.
    assert.equal(frame.context.zodInstancesBuilt, 0, 'no zod schema built before one is used');
  });
});
