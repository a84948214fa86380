/** The hover card host's tag name: a contract, and the one node Dialwise adds to a page. */
export const cardHostName = 'dialwise-card';
