// What the editor shows beside the active segment, fetched as the translator moves and types:
// memory matches (once per segment), glossary terms and quality findings (debounced).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchesResponse, SegmentView, TermView } from '../../src/serve/api-types.js';
import type { Finding } from '../../src/types.js';
import { api } from './api.js';

/** Wait this long after the last key press before checking: fast enough to feel live. */
export const CHECK_DELAY_MS = 300;

export interface SegmentHelpers {
  matches: MatchesResponse | null;
  terms: TermView[] | null;
  findings: Finding[] | null;
  /** The findings are for an older text; a check is on its way. */
  checking: boolean;
  error: string | null;
}

export function useSegmentHelpers(doc: string, segment: SegmentView | undefined, lang: string, text: string): SegmentHelpers {
  const [matches, setMatches] = useState<MatchesResponse | null>(null);
  const [terms, setTerms] = useState<TermView[] | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkedId = useRef<string | undefined>(undefined);
  const id = segment?.id;
  const source = segment?.source;

  useEffect(() => {
    setMatches(null);
    if (id === undefined) return undefined;
    const abort = new AbortController();
    api.matches(doc, id, lang, abort.signal).then(setMatches, (e: Error) => {
      if (!abort.signal.aborted) setError(e.message);
    });
    return () => abort.abort();
  }, [doc, id, lang]);

  useEffect(() => {
    if (id === undefined || source === undefined) return undefined;
    const abort = new AbortController();
    // A newly opened segment is checked at once; typing is checked after a pause.
    const delay = checkedId.current === id ? CHECK_DELAY_MS : 0;
    if (checkedId.current !== id) {
      setFindings(null);
      setTerms(null);
    }
    checkedId.current = id;
    setChecking(true);
    const timer = setTimeout(() => {
      Promise.all([api.qa(source, text, lang, id, abort.signal), api.terms(doc, id, lang, text, abort.signal)]).then(
        ([qa, glossary]) => {
          setFindings(qa.findings);
          setTerms(glossary.terms);
          setChecking(false);
          setError(null);
        },
        (e: Error) => {
          if (abort.signal.aborted) return;
          setChecking(false);
          setError(e.message);
        },
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [doc, id, source, lang, text]);

  return { matches, terms, findings, checking, error };
}
