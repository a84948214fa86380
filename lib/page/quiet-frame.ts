import { browser, type ContentScriptContext } from '#imports';
import { quietCheckTextLimit } from '../messaging/limits';

/**
 * Most frames hold no number and no carrier name. Before Dialwise loads its scanner into a frame,
 * the frame's text is read once and the background is asked whether anything in it could match
 * (lib/finders mayHoldFindings); a quiet frame then costs that read and one message. The frame is
 * watched from before the read, and what is added or changed later is asked about in turn, with
 * the text of the element around it.
 *
 * This module is in every frame before anything else, so it imports neither zod nor the protocol:
 * the reply is one boolean, checked here by hand, and anything but a plain `false` starts the scan.
 *
 * Left alone: a shadow root attached later to an element already in the page, with no change in
 * the page's own tree, is not seen here, as the scanner's walk does not see it either.
 */

/** Elements whose text is never shown as text: the block walker skips them too (lib/scan/blocks). */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NOT_SHOWN_SELECTOR = 'script, style, noscript, template';

/**
 * Six digits with at most four spaces, dots, dashes, slashes or brackets between neighbours: a
 * digit run the phone finder always reads (lib/phone/prefilter MIN_NUMBER_DIGITS), whatever region.
 */
const SIX_DIGITS_AS_WRITTEN = /[0-9０-９](?:[ \t.\-/()]{0,4}[0-9０-９]){5}/;

/** Whether `text` holds six digits in a row as numbers are written: then it may hold a number, without asking. */
export function holdsWrittenNumber(text: string): boolean {
  return SIX_DIGITS_AS_WRITTEN.test(text);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/** Elements and shadow roots hold other nodes; text nodes do not. */
function isParent(node: Node): node is Node & ParentNode {
  return typeof (node as Partial<ParentNode>).querySelectorAll === 'function';
}

/** Open shadow roots under `root`, nested ones included: a walk of the page's tree does not enter them. */
function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot !== null) found.push(element.shadowRoot, ...openShadowRoots(element.shadowRoot));
  }
  return found;
}

/** Whether `node` is, or sits inside, a script, style or template. */
function inNotShown(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(NOT_SHOWN_SELECTOR) != null;
}

/** The data of each text node under `node` in document order, less scripts and styles. */
function* shownPieces(node: Node): Generator<string> {
  if (inNotShown(node)) return;
  if (node.nodeType === TEXT_NODE) {
    yield (node as Text).data;
    return;
  }
  const walker = (node.ownerDocument ?? document).createTreeWalker(node, SHOW_TEXT);
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    const parent = text.parentNode;
    // SVG names its <style> and <script> in lower case.
    if (parent === null || !NOT_SHOWN.has(parent.nodeName.toUpperCase())) yield (text as Text).data;
  }
}

/**
 * The text nodes under `node`, less scripts and styles, each followed by a space: two blocks
 * ("<li>EE</li><li>Vodafone</li>") must not run into one word, and a space keeps a number written
 * across inline elements ("<b>+86</b> 138 …") one run of digits.
 */
function shownText(node: Node): string {
  return [...shownPieces(node)].join(' ');
}

/**
 * The shown text under `root`, or null as soon as it is plainly busy: a text node with six digits
 * in a row as numbers are written, or more text than the check takes. A busy page usually shows a
 * number early, so most of it is not read twice (by this check and by the scanner's walk).
 */
export function shownTextUnlessBusy(root: Node): string | null {
  const pieces: string[] = [];
  let length = 0;
  for (const piece of shownPieces(root)) {
    length += piece.length + 1;
    if (length > quietCheckTextLimit || holdsWrittenNumber(piece)) return null;
    pieces.push(piece);
  }
  return pieces.join(' ');
}

/** All the text under `nodes` and in the open shadow roots below them, and those roots. */
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

/**
 * The nodes whose text a batch of mutations changed, each as the element around it: a digit or a
 * word added to a sentence ("…appelez le SAMU au " + "15") is read with the sentence.
 */
export function changedContexts(records: readonly MutationRecord[]): Node[] {
  const nodes = new Set<Node>();
  for (const record of records) {
    const changed = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
    for (const node of changed) nodes.add(node.parentElement ?? node);
  }
  return [...nodes];
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
  // Watched before the first read: content a page adds while the background answers is not lost.
  let pending: Node[] = [];
  let checkScheduled = false;
  let woken: () => void = () => {};
  const observer = new MutationObserver((records) => {
    pending.push(...changedContexts(records));
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
    woken();
  }
  watch([document.documentElement]);
  ctx.onInvalidated(() => observer.disconnect());

  const wake = new Promise<void>((resolve) => {
    woken = resolve;
  });
  if (await frameMayHoldFindings(root, watch)) woken();
  else reportQuiet();
  await wake;
  observer.disconnect();
}

/**
 * The frame's own text first; only a page whose own text is quiet is searched for shadow roots,
 * since finding them means looking at every element.
 */
async function frameMayHoldFindings(
  root: HTMLElement,
  watch: (roots: readonly Node[]) => void,
): Promise<boolean> {
  // A page too big to send, or one with six digits in a row as numbers are written, holds what the
  // finders read (lib/phone/prefilter): the background is not asked.
  const light = shownTextUnlessBusy(root);
  if (light === null || (await mayHoldFindings(light))) return true;
  const shadowRoots = openShadowRoots(root);
  watch(shadowRoots);
  const inShadows = shadowRoots.map(shownText).join('\n');
  return inShadows.trim() !== '' && (await mayHoldFindings(inShadows));
}
