// Entry point of the page's bundle.
import { render } from 'preact';
import { App } from './app.js';

const container = document.getElementById('app')!;
// The "Loading…" placeholder of index.html is not Preact's to diff: clear it first.
container.replaceChildren();
render(<App />, container);
