/**
 * Renders public/icon/dialwise.svg to the PNG sizes browsers ask for (public/icon/<size>.png).
 * Run after editing the SVG: `npx tsx scripts/render-icons.ts`. Uses Debian's Chromium, no download.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const sizes = [16, 32, 48, 96, 128];
const svg = await readFile('public/icon/dialwise.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`rendered ${sizes.join(', ')} px`);
