// The page: the list of documents (#/) or one document in one language (#/doc/<name>/<lang>).

import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { DocumentList } from './document-list.js';
import { DocumentPage } from './document-page.js';

type Route = { page: 'list' } | { page: 'doc'; doc: string; lang: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return '';
    }
  });
  if (parts[0] === 'doc' && parts[1] && parts[2]) return { page: 'doc', doc: parts[1], lang: parts[2] };
  return { page: 'list' };
}

export function docHref(doc: string, lang: string): string {
  return `#/doc/${encodeURIComponent(doc)}/${encodeURIComponent(lang)}`;
}

export function App(): JSX.Element {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => {
    document.title = route.page === 'doc' ? `${route.doc} (${route.lang}) · Tessera` : 'Tessera';
  }, [route]);
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="#/">Tessera</a>
        <nav aria-label="Breadcrumb">
          <a href="#/">Documents</a>
          {route.page === 'doc' && (
            <>
              <span aria-hidden="true"> › </span>
              <span aria-current="page">{route.doc}</span>
            </>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'doc' ? <DocumentPage key={`${route.doc}/${route.lang}`} name={route.doc} lang={route.lang} /> : <DocumentList />}
      </main>
    </>
  );
}
