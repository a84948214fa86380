import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Scripts the content script imports (entrypoints/content-main.ts when the frame is idle,
 * entrypoints/hover-card.ts on the first hover): ES modules, web-accessible so import() may load them.
 */
const importedScripts = ['content-main', 'hover-card'];

export default defineConfig({
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and each tab's findings; contextMenus: "Explain this number" on a selection.
    permissions: ['storage', 'contextMenus'],
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
      },
    },
    // A per-session URL in Chromium, so pages cannot probe for the extension by these files' addresses.
    web_accessible_resources: [
      {
        resources: importedScripts.map((name) => `${name}.js`),
        matches: ['<all_urls>'],
        use_dynamic_url: true,
      },
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
    // WXT bundles every unlisted script as a classic script; the imported ones must be ES modules
    // for the content script to import() them. Vite keeps the whitespace of an ES library build
    // (for other bundlers to read); these are final, so they are minified like the content script.
    'vite:build:extendConfig': (entrypoints, config) => {
      const build = config.build;
      const name = entrypoints.length === 1 ? entrypoints[0]?.name : undefined;
      if (!build?.lib || !name || !importedScripts.includes(name)) return;
      build.lib.formats = ['es'];
      build.rolldownOptions = { ...build.rolldownOptions, output: { minify: true } };
    },
  },
});
