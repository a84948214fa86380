import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const firefoxBuild = resolve('.output/firefox-mv2');

/** Firefox ESR from Debian; puppeteer needs an absolute path, not a command name. */
export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return execFileSync('sh', ['-c', 'command -v firefox-esr || command -v firefox'], {
    encoding: 'utf8',
  }).trim();
}

/** Launches headless Firefox over WebDriver BiDi with the Firefox build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Keep Firefox's own background traffic off: the test machine has no network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  await browser.installExtension(firefoxBuild);
  return browser;
}
