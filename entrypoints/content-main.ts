import { defineUnlistedScript } from '#imports';
import { startOnPage } from './content/start';

/**
 * The content script's working part, built as an ES module (see wxt.config.ts) that the content
 * script imports once the frame is idle. Importing it evaluates to the function that starts
 * Dialwise in the frame.
 */
export default defineUnlistedScript(() => startOnPage);
