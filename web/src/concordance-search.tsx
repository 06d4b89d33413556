// Concordance in the editor: the memory entries whose French (or translation) holds a phrase, so
// the translator sees how a name or a term was translated before. Searched on demand, not as
// the translator moves: a phrase is something one asks for, by typing it or by selecting words
// and pressing Ctrl+K.

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConcordanceResponse, ConcordanceView, LangInfo } from '../../src/serve/api-types.js';
import { api } from './api.js';
import { ApprovalMark } from './badges.js';

/** A search asked for from elsewhere on the page; `asked` tells two requests for the same words apart. */
export interface ConcordanceRequest {
  phrase: string;
  field: 'source' | 'target';
  asked: number;
}

export function ConcordanceSearch(props: { lang: LangInfo; sourceLang: string; request?: ConcordanceRequest | undefined }): JSX.Element {
  const { lang, sourceLang, request } = props;
  const [phrase, setPhrase] = useState('');
  const [field, setField] = useState<'source' | 'target'>('source');
  const [result, setResult] = useState<ConcordanceResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Only the latest search's answer is shown: an earlier, slower one must not replace it.
  const latest = useRef(0);
  const run = (words: string, side: 'source' | 'target'): void => {
    if (words.trim() === '') return;
    const asked = ++latest.current;
    setBusy(true);
    setError(null);
    api.concordance(lang.code, words, side).then(
      (found) => {
        if (asked !== latest.current) return;
        setResult(found);
        setBusy(false);
      },
      (e: Error) => {
        if (asked !== latest.current) return;
        setError(e.message);
        setBusy(false);
      },
    );
  };
  const search = (event: Event): void => {
    event.preventDefault();
    run(phrase, field);
  };
  useEffect(() => {
    if (!request) return;
    setPhrase(request.phrase);
    setField(request.field);
    run(request.phrase, request.field);
  }, [request]);

  return (
    <section class="tool concordance" aria-labelledby="concordance-title">
      <h2 id="concordance-title">Concordance</h2>
      <form class="concordance-form" role="search" onSubmit={search}>
        <input
          type="search"
          aria-label="Phrase to find in the memory"
          placeholder="A name or a term"
          value={phrase}
          onInput={(e) => setPhrase((e.target as HTMLInputElement).value)}
          lang={field === 'source' ? sourceLang : lang.code}
          dir="auto"
        />
        <select aria-label="Search in" value={field} onChange={(e) => setField((e.target as HTMLSelectElement).value as 'source' | 'target')}>
          <option value="source">in the French</option>
          <option value="target">in the {lang.name}</option>
        </select>
        <button type="submit" disabled={busy}>
          Find
        </button>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {result && (
        <>
          <p class="muted" aria-live="polite" data-testid="concordance-summary">
            {result.memories.length === 0
              ? `No memory: there is no .tmx file for ${lang.name} yet.`
              : `${result.hits.length < result.total ? `${result.hits.length} of ${result.total}` : result.total} ${result.total === 1 ? 'entry holds' : 'entries hold'} “${result.phrase}”.`}
          </p>
          <ol class="concordance-list">
            {result.hits.map((hit, k) => (
              <li key={k} class="concordance-hit">
                <p class="concordance-source" lang={sourceLang}>
                  {result.in === 'source' ? <Marked text={hit.source} spans={hit.spans} /> : hit.source}
                </p>
                <p class="match-target" lang={lang.code} dir={lang.dir}>
                  {result.in === 'target' ? <Marked text={hit.target} spans={hit.spans} /> : hit.target}
                </p>
                {hit.origin && (
                  <p class="muted origin">
                    {hit.origin}
                    <ApprovalMark notApproved={hit.notApproved} approved={hit.approved} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Marked({ text, spans }: { text: string; spans: ConcordanceView['spans'] }): JSX.Element {
  const parts: JSX.Element[] = [];
  let from = 0;
  spans.forEach(([start, end], k) => {
    parts.push(<span key={`t${k}`}>{text.slice(from, start)}</span>, <mark key={`m${k}`}>{text.slice(start, end)}</mark>);
    from = end;
  });
  parts.push(<span key="rest">{text.slice(from)}</span>);
  return <>{parts}</>;
}
