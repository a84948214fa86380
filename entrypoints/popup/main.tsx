import { render } from 'preact';
import '../../components/style.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(
  <PopupApp params={new URLSearchParams(location.search)} />,
  document.getElementById('app') as HTMLElement,
);
