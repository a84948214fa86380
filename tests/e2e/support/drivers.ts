import { chromiumDriver } from './chromium.ts';
import type { BrowserDriver } from './driver.ts';
import { firefoxDriver } from './firefox.ts';

/** Every browser the shared scenarios run in. */
export const drivers: readonly BrowserDriver[] = [chromiumDriver, firefoxDriver];
