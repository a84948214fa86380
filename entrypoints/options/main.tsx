import { render } from 'preact';
import '../../components/style.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
