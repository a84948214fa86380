import { browser, type ContentScriptContext } from '#imports';
import { quietCheckTextLimit } from '../messaging/limits';

/**
 * Most frames hold no number and no carrier name. Before Dialwise loads its scanner into a frame,
 * the frame's whole text is read natively once and the background is asked whether anything in it
 * could match (lib/finders mayHoldFindings); a quiet frame then costs that read and one message.
 * Later content is not lost: the frame is watched, and what is added is asked about in turn.
 *
 * This module is in every frame before anything else, so it imports neither zod nor the protocol:
 * the reply is one boolean, checked here by hand, and anything but a plain `false` starts the scan.
 */

/** Elements whose text is never shown as text: the block walker skips them too (lib/scan/blocks). */
const NOT_SHOWN = 'script, style, noscript';

/** Open shadow roots under `root`, nested ones included: textContent does not reach into them. */
function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot !== null) found.push(element.shadowRoot, ...openShadowRoots(element.shadowRoot));
  }
  return found;
}

/** Elements and shadow roots hold other nodes; text nodes do not. */
function isParent(node: Node): node is Node & ParentNode {
  return typeof (node as Partial<ParentNode>).querySelectorAll === 'function';
}

/** The text of `node` as the page shows it, less scripts and styles. */
function shownText(node: Node): string {
  let text = node.textContent ?? '';
  if (isParent(node)) {
    for (const hidden of node.querySelectorAll(NOT_SHOWN)) {
      const content = hidden.textContent ?? '';
      const at = content === '' ? -1 : text.indexOf(content);
      if (at >= 0) text = text.slice(0, at) + text.slice(at + content.length);
    }
  }
  return text;
}

/** All the text under `nodes` and in the open shadow roots below them, one piece per root. */
export function textUnder(nodes: readonly Node[]): { text: string; shadowRoots: ShadowRoot[] } {
  const pieces: string[] = [];
  const shadowRoots: ShadowRoot[] = [];
  for (const node of nodes) {
    pieces.push(shownText(node));
    if (isParent(node)) {
      const below = openShadowRoots(node);
      const own = (node as Partial<Element>).shadowRoot;
      if (own) below.unshift(own);
      for (const shadow of below) pieces.push(shownText(shadow));
      shadowRoots.push(...below);
    }
  }
  return { text: pieces.join('\n'), shadowRoots };
}

/** What the background says about `text`; true (scan) when it says nothing usable. */
async function mayHoldFindings(text: string): Promise<boolean> {
  if (text.length > quietCheckTextLimit) return true;
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'mayHoldFindings', text });
    return reply !== false;
  } catch {
    return true;
  }
}

/**
 * What a quiet top frame reports, so the popup says "nothing found here" rather than "not read":
 * the frame summary of no findings (lib/summary/page-summary), written out to keep zod away.
 */
export const quietFrameReport = { type: 'findings', phones: [], carriers: [], capped: false } as const;

function reportQuiet(): void {
  if (window !== window.top) return;
  browser.runtime.sendMessage(quietFrameReport).catch(() => {
    // The worker is starting or the extension was reloaded: the popup says the page was not read.
  });
}

/** Nodes whose text a batch of mutations added or changed. */
function changedNodes(records: readonly MutationRecord[]): Node[] {
  const nodes: Node[] = [];
  for (const record of records) {
    if (record.type === 'characterData') nodes.push(record.target);
    else nodes.push(...record.addedNodes);
  }
  return nodes;
}

/** How long added content gathers before it is asked about: pages add content in bursts. */
const SETTLE_MS = 200;

const WATCHED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Resolves once this frame may hold something worth marking: at once when its text does, or when
 * content added later does. Never resolves for a frame that stays quiet until the page goes away.
 */
export async function untilFrameMayHoldFindings(ctx: ContentScriptContext): Promise<void> {
  const root: HTMLElement | null = document.body ?? document.documentElement;
  if (!root) return;
  // A page too big to send holds something (lib/messaging/limits quietCheckTextLimit).
  const light = shownText(root);
  if (light.length > quietCheckTextLimit || (await mayHoldFindings(light))) return;
  // Only a page whose own text is quiet is searched for shadow roots: finding them means looking at
  // every element, which a page with something to mark need not pay for.
  const shadowRoots = openShadowRoots(root);
  const inShadows = shadowRoots.map(shownText).join('\n');
  if (inShadows.trim() !== '' && (await mayHoldFindings(inShadows))) return;
  reportQuiet();
  await new Promise<void>((resolve) => {
    let pending: Node[] = [];
    let checkScheduled = false;
    const observer = new MutationObserver((records) => {
      pending.push(...changedNodes(records));
      if (checkScheduled) return;
      checkScheduled = true;
      ctx.setTimeout(check, SETTLE_MS);
    });
    const watch = (roots: readonly Node[]) => {
      for (const watched of roots) observer.observe(watched, WATCHED);
    };
    async function check(): Promise<void> {
      checkScheduled = false;
      const added = textUnder(pending.filter((node) => node.isConnected));
      pending = [];
      watch(added.shadowRoots);
      if (added.text.trim() === '' || !(await mayHoldFindings(added.text))) return;
      observer.disconnect();
      resolve();
    }
    watch([document.documentElement, ...shadowRoots]);
    ctx.onInvalidated(() => observer.disconnect());
  });
}
