import { defineUnlistedScript } from '#imports';
import { cardView } from '../components/hover-card-view';

/**
 * The hover card's code, built as an ES module (see wxt.config.ts) that the content script imports
 * on the first hover. Importing it evaluates to the card view.
 */
export default defineUnlistedScript(() => cardView);
