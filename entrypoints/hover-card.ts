import { defineUnlistedScript } from '#imports';
import { cardView } from '../components/hover-card-view';
import { type CardModule, cardContentFor } from '../lib/page/card-content';

/**
 * The hover card's code, built as an ES module (see wxt.config.ts) that the content script imports
 * on the first hover. Importing it evaluates to the card module: the view, and the requests for
 * what a card shows.
 */
export default defineUnlistedScript((): CardModule => ({ view: cardView, contentFor: cardContentFor }));
