/**
 * What the shared e2e scenarios need from a browser, whichever library drives it: playwright-core
 * for Chromium (chromium.ts), puppeteer-core over WebDriver BiDi for Firefox (firefox.ts).
 */

export type BrowserName = 'Chromium' | 'Firefox';

/**
 * A function run in the page's main world. Both libraries send its source, not the closure, so it
 * may use only its argument and the page's globals.
 */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface DriverFrame {
  url(): string;
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
  /** Evaluates JavaScript source as an expression (the hostile battery's probe calls). */
  evaluateExpression<T>(expression: string): Promise<T>;
  /** Waits until `fn` returns something truthy; without `timeoutMs`, the library's default (30 s). */
  waitFor<A>(fn: InPage<A, unknown>, arg: A, timeoutMs?: number): Promise<void>;
}

export interface DriverPage extends DriverFrame {
  /** The page's iframes, at any depth; not the page itself. */
  childFrames(): DriverFrame[];
  moveMouse(x: number, y: number): Promise<void>;
  /** Clicks the first element matching a CSS selector with the mouse, as a person would. */
  click(selector: string): Promise<void>;
  /** Replaces the value of the input matching a CSS selector, firing input events. */
  fill(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Console errors and uncaught page errors, when the page was opened with `record`. */
  errors: string[];
  /** Dialogs the page opened (each dismissed), when the page was opened with `record`. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Script run in the main world of every document the page loads, before the page's own. */
  initScript?: string;
  /** Record console errors, page errors and dialogs. */
  record?: boolean;
  timeoutMs?: number;
}

/** A browser that opens web pages, with or without the extension. */
export interface DriverBrowser {
  openPage(url: string, options?: OpenOptions): Promise<DriverPage>;
  close(): Promise<void>;
}

/** A browser with the built extension installed. */
export interface ExtensionDriver extends DriverBrowser {
  readonly name: BrowserName;
  /**
   * How long this browser's tests wait for marks, a card or a popup to show. Firefox loads the
   * content script later than Chromium, so its tests have always waited longer.
   */
  readonly patienceMs: number;
  /** Opens one of the extension's pages, e.g. `options.html`, in a new tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** The browser's tab id for `page` (brings it to the front). */
  tabIdOf(page: DriverPage): Promise<number>;
  /** Opens the popup in a tab of its own, pointed at `page`'s tab. */
  openPopupFor(page: DriverPage): Promise<{ popup: DriverPage; tabId: number }>;
  badgeText(tabId: number): Promise<string>;
  /** Sends a message to the content script in a tab, as the background does. */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  storageGet(key: string): Promise<unknown>;
  storageSet(items: Record<string, unknown>): Promise<void>;
  /** `storage.session` (the background's per-tab summaries) as JSON. */
  sessionStorageJson(key: string): Promise<string>;
  /** Errors the background logged so far, where the library can see them (Chromium's worker). */
  readonly backgroundErrors?: readonly string[];
  /**
   * Opens `url` under the browser's CPU profiler until the JavaScript expression `settled` holds in
   * the page, and returns the longest unbroken stretch of the extension's own script (ms), where the
   * library can profile in the same browser (Chromium's CDP; Firefox's profiler needs a browser
   * started for it).
   */
  longestExtensionStretch?(url: string, settled: string, timeoutMs: number): Promise<number>;
}

export interface LaunchOptions {
  /** Added to the browser's environment (Firefox's profiler is set up this way). */
  env?: Record<string, string>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  launch(options?: LaunchOptions): Promise<ExtensionDriver>;
  /** The same browser without the extension: the baseline for a page's own behaviour. */
  launchPlain(): Promise<DriverBrowser>;
}
