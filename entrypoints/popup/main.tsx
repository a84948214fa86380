import { render } from 'preact';

render(<main data-testid="popup">Dialwise</main>, document.getElementById('app') as HTMLElement);
