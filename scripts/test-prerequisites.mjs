#!/usr/bin/env node
// What `npm test` drives besides Node: Debian's Chromium and Firefox ESR, and a CJK font for the
// screenshots of Chinese pages. Checked before anything slow runs. As root on Debian the missing
// packages are installed (CI and a fresh machine need nothing else); otherwise the run stops at once
// with one message saying what to install or which variables to set. Plain JavaScript with no
// dependencies: .ci/run calls it before `npm ci`.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Exit status for "cannot run": distinct from a failing test (1). */
export const missingExitCode = 2;

/**
 * @typedef {{ name: string, packages: string[] }} Prerequisite
 * @typedef {{
 *   env: Record<string, string | undefined>,
 *   isExecutable(path: string): boolean,
 *   onPath(command: string): string | null,
 *   hasFont(pattern: string): boolean,
 * }} Probe
 */

/**
 * Fonts the screenshots are drawn with, as fontconfig patterns, and the Debian package of each:
 * without a CJK font 中国移动 is drawn as boxes; the others keep screenshots alike across machines.
 */
const fonts = [
  { name: 'a CJK font', pattern: ':lang=zh-cn', package: 'fonts-wqy-microhei' },
  { name: 'Liberation Sans', pattern: ':family=Liberation Sans', package: 'fonts-liberation' },
  { name: 'Noto Color Emoji', pattern: ':family=Noto Color Emoji', package: 'fonts-noto-color-emoji' },
];

/**
 * What is missing, with the Debian packages that bring it: this is the one list, .ci/run calls this
 * script. A browser counts as present when its variable names an executable file or, without the
 * variable, when the Debian binary is there.
 * @param {Probe} probe
 * @returns {Prerequisite[]}
 */
export function missingPrerequisites(probe) {
  /** @type {Prerequisite[]} */
  const missing = [];
  const chromium = probe.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!probe.isExecutable(chromium)) missing.push({ name: `Chromium (${chromium})`, packages: ['chromium'] });
  const firefox = probe.env.FIREFOX_PATH ?? probe.onPath('firefox-esr') ?? probe.onPath('firefox');
  if (firefox === null || !probe.isExecutable(firefox)) {
    missing.push({ name: `Firefox ESR (${firefox ?? 'firefox-esr on PATH'})`, packages: ['firefox-esr'] });
  }
  for (const font of fonts) {
    if (!probe.hasFont(font.pattern)) missing.push({ name: font.name, packages: [font.package] });
  }
  return missing;
}

/**
 * The one message for a machine where nothing can be installed for the user.
 * @param {Prerequisite[]} missing
 */
export function missingMessage(missing) {
  const packages = missing.flatMap((item) => item.packages);
  return [
    `npm test drives real browsers, and this machine lacks: ${missing.map((item) => item.name).join(', ')}.`,
    `On Debian or Ubuntu, as root: apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    'Elsewhere, point CHROMIUM_PATH at a Chromium binary and FIREFOX_PATH at a Firefox ESR binary.',
  ].join('\n');
}

/** @returns {Probe} */
function machineProbe() {
  const run = (/** @type {string} */ file, /** @type {string[]} */ args) => {
    try {
      return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return null;
    }
  };
  const isExecutable = (/** @type {string} */ path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return {
    env: process.env,
    isExecutable,
    onPath: (command) =>
      (process.env.PATH ?? '')
        .split(delimiter)
        .map((dir) => join(dir, command))
        .find(isExecutable) ?? null,
    hasFont: (pattern) => (run('fc-list', [pattern, 'family']) ?? '').trim() !== '',
  };
}

function canInstall() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

function install(/** @type {string[]} */ packages) {
  console.log(`installing for the browser tests: ${packages.join(' ')}`);
  const quiet = {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  execFileSync(
    'apt-get',
    ['update', '-qq'],
    /** @type {import('node:child_process').ExecFileSyncOptions} */ (quiet),
  );
  execFileSync(
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
    /** @type {import('node:child_process').ExecFileSyncOptions} */ (quiet),
  );
}

function main() {
  const probe = machineProbe();
  let missing = missingPrerequisites(probe);
  if (missing.length === 0) return;
  if (canInstall()) {
    install([...new Set(missing.flatMap((item) => item.packages))]);
    missing = missingPrerequisites(probe);
    if (missing.length === 0) return;
  }
  console.error(missingMessage(missing));
  process.exit(missingExitCode);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
