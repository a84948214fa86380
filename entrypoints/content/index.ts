import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  main() {
    document.documentElement.dataset.dialwise = 'ready';
  },
});
