import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { extensionSheetFile, extensionSheetStyle, highlightCss } from './lib/scan/highlight-style';

const hoverCardScript = 'hover-card';

export default defineConfig({
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, the reader's SIMs and each tab's findings; contextMenus: "Explain this
    // number" on a selection; alarms: the daily keep-number check.
    permissions: ['storage', 'contextMenus', 'alarms'],
    // Asked for only when the reader turns keep-number reminders on.
    optional_permissions: ['notifications'],
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
      },
    },
    // The marks' default look, in place in every frame before the page's first layout: adopted by
    // the content script once the page has laid out, it made the browser restyle the whole page
    // (lib/scan/highlight-style). The content script entrypoint adds its own entry after this one.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        css: [extensionSheetFile],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_start',
      },
    ],
    // The hover card's code, imported by the content script on the first hover (see hooks below);
    // a per-session URL in Chromium, so pages cannot probe for the extension by this file's address.
    web_accessible_resources: [
      { resources: [`${hoverCardScript}.js`], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'dialwise@dialwise.dev',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The stylesheet is written from the same rules the content script adopts into shadow roots.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: extensionSheetFile, contents: highlightCss(extensionSheetStyle) });
    },
    // WXT bundles every unlisted script as a classic script; the hover card's must be an ES module
    // for the content script to import() it. Vite keeps the whitespace of an ES library build (for
    // other bundlers to read); this one is final, so it is minified like the content script.
    'vite:build:extendConfig': (entrypoints, config) => {
      const build = config.build;
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== hoverCardScript || !build?.lib) return;
      build.lib.formats = ['es'];
      build.rolldownOptions = { ...build.rolldownOptions, output: { minify: true } };
    },
  },
});
