// Entry point of the page's bundle.
import { render } from 'preact';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);
