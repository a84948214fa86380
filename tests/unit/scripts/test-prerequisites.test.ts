import { describe, expect, it } from 'vitest';
import { missingMessage, missingPrerequisites } from '../../../scripts/test-prerequisites.mjs';

/** A machine described by what is on it. */
function machine(options: { env?: Record<string, string>; executables?: string[]; fonts?: string[] }) {
  const executables = new Set(options.executables ?? []);
  return {
    env: options.env ?? {},
    isExecutable: (path: string) => executables.has(path),
    onPath: (command: string) => [...executables].find((path) => path.endsWith(`/${command}`)) ?? null,
    hasFont: (pattern: string) => (options.fonts ?? []).includes(pattern),
  };
}

const allFonts = [':lang=zh-cn', ':family=Liberation Sans', ':family=Noto Color Emoji'];

describe('missingPrerequisites', () => {
  it('finds nothing missing on a Debian machine with both browsers and the fonts', () => {
    const debian = machine({ executables: ['/usr/bin/chromium', '/usr/bin/firefox-esr'], fonts: allFonts });
    expect(missingPrerequisites(debian)).toEqual([]);
  });

  it('names each missing browser and font with its Debian package', () => {
    const bare = machine({ fonts: [':family=Liberation Sans'] });
    expect(missingPrerequisites(bare)).toEqual([
      { name: 'Chromium (/usr/bin/chromium)', packages: ['chromium'] },
      { name: 'Firefox ESR (firefox-esr on PATH)', packages: ['firefox-esr'] },
      { name: 'a CJK font', packages: ['fonts-wqy-microhei'] },
      { name: 'Noto Color Emoji', packages: ['fonts-noto-color-emoji'] },
    ]);
  });

  it('takes the browsers from CHROMIUM_PATH and FIREFOX_PATH when they are set', () => {
    const elsewhere = machine({
      env: { CHROMIUM_PATH: '/opt/chromium/chrome', FIREFOX_PATH: '/opt/firefox/firefox' },
      executables: ['/opt/chromium/chrome', '/opt/firefox/firefox'],
      fonts: allFonts,
    });
    expect(missingPrerequisites(elsewhere)).toEqual([]);
  });

  it('reports a variable that names no executable, even when the Debian binary exists', () => {
    const wrongPath = machine({
      env: { CHROMIUM_PATH: '/opt/nothing' },
      executables: ['/usr/bin/chromium', '/usr/bin/firefox-esr'],
      fonts: allFonts,
    });
    expect(missingPrerequisites(wrongPath).map((item) => item.name)).toEqual(['Chromium (/opt/nothing)']);
  });

  it('accepts a plain firefox on PATH when there is no firefox-esr', () => {
    const plainFirefox = machine({ executables: ['/usr/bin/chromium', '/usr/bin/firefox'], fonts: allFonts });
    expect(missingPrerequisites(plainFirefox)).toEqual([]);
  });
});

describe('missingMessage', () => {
  it('says what is missing, the apt command and the two variables', () => {
    const message = missingMessage([
      { name: 'Chromium (/usr/bin/chromium)', packages: ['chromium'] },
      { name: 'a CJK font', packages: ['fonts-wqy-microhei'] },
    ]);
    expect(message).toContain('lacks: Chromium (/usr/bin/chromium), a CJK font.');
    expect(message).toContain('apt-get install -y --no-install-recommends chromium fonts-wqy-microhei');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).toContain('FIREFOX_PATH');
  });
});
