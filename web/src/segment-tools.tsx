// The panel beside the active segment: quality findings as the translator types, memory matches
// to insert, the glossary terms of the sentence, a concordance search, and the keyboard shortcuts.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DiffPart, LangInfo, MatchView, SegmentTarget, SegmentView, TermView } from '../../src/serve/api-types.js';
import type { Finding } from '../../src/types.js';
import { wordDiff } from '../../src/memory/word-diff.js';
import { ConcordanceSearch, type ConcordanceRequest } from './concordance-search.js';
import { ApprovalMark } from './badges.js';
import { RichText } from './rich-text.js';
import type { SegmentHelpers } from './segment-helpers.js';
import { SHORTCUTS } from './shortcuts.js';

export interface SegmentToolsProps {
  segment: SegmentView;
  position: number;
  total: number;
  lang: LangInfo;
  sourceLang: string;
  saved: SegmentTarget | undefined;
  poFile: string;
  helpers: SegmentHelpers;
  onInsert(match: MatchView): void;
  /** Words the translator asked the memory for (Ctrl+K on a selection). */
  lookFor?: ConcordanceRequest | undefined;
}

export function SegmentTools(props: SegmentToolsProps): JSX.Element {
  const { segment, saved, helpers, lang } = props;
  return (
    <aside class="tools" aria-label="Segment tools">
      <p class="tools-where">
        Segment {props.position + 1} of {props.total} · <code>{segment.id}</code>
        {saved?.line !== undefined && (
          <>
            {' '}· <code>{props.poFile}:{saved.line}</code>
          </>
        )}
      </p>
      {saved?.poSource !== undefined && (
        <div class="note warn">
          <p>The French changed since this was translated (struck out: the French it was made for):</p>
          <p lang={props.sourceLang} class="diff">
            <Diff parts={wordDiff(saved.poSource, segment.source)} deleted="the French it was translated from" inserted="the French now" />
          </p>
        </div>
      )}
      {saved?.previousSource !== undefined && (
        <div class="note">
          <p>Needs review: the French changed (struck out: before):</p>
          <p lang={props.sourceLang} class="diff">
            <Diff parts={wordDiff(saved.previousSource, segment.source)} deleted="the French before" inserted="the French now" />
          </p>
        </div>
      )}
      {helpers.error && (
        <p role="alert" class="error">
          {helpers.error}
        </p>
      )}
      <Findings findings={helpers.findings} checking={helpers.checking} />
      <Matches helpers={helpers} lang={lang} sourceLang={props.sourceLang} onInsert={props.onInsert} />
      <Terms terms={helpers.terms} lang={lang} />
      <ConcordanceSearch lang={lang} sourceLang={props.sourceLang} request={props.lookFor} />
      <Shortcuts />
    </aside>
  );
}

function Findings({ findings, checking }: { findings: Finding[] | null; checking: boolean }): JSX.Element {
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = findings?.filter((f) => f.severity === 'warning').length ?? 0;
  const summary =
    findings === null ? 'Checking…' : findings.length === 0 ? 'No problems found.' : [plural(errors, 'error'), plural(warnings, 'warning')].filter(Boolean).join(', ') || plural(findings.length, 'note');
  return (
    <section class="tool findings" aria-labelledby="findings-title">
      <h2 id="findings-title">
        Quality <span class="live-dot" data-checking={checking ? 'yes' : 'no'} aria-hidden="true" />
      </h2>
      <p class="summary" aria-live="polite" data-testid="qa-summary">
        {summary}
      </p>
      {findings && findings.length > 0 && (
        <ul class="finding-list">
          {findings.map((finding, k) => (
            <li key={k} class={`finding finding-${finding.severity}`} data-rule={finding.rule}>
              <span class={`severity severity-${finding.severity}`}>{finding.severity}</span> <code class="rule">{finding.rule}</code>
              <p class="message">{finding.message}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** After this long, a lookup is taken to be the first search of a large memory, which indexes it. */
export const SLOW_LOOKUP_MS = 2000;

/**
 * What the panel says while matches are on their way. The first search of a large memory waits
 * for its index (15 s for a million entries, and every request waits with it): the translator is
 * told why, as the terminal running the server is.
 */
function LookingUp(): JSX.Element {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_LOOKUP_MS);
    return () => clearTimeout(timer);
  }, []);
  return slow ? (
    <p class="muted" role="status" data-testid="indexing">
      Still looking up: the first search of a large memory indexes it, which takes up to a minute for a million entries. The index is kept in
      .cache/tessera/ for the next time.
    </p>
  ) : (
    <p class="muted">Looking up…</p>
  );
}

function Matches(props: { helpers: SegmentHelpers; lang: LangInfo; sourceLang: string; onInsert(match: MatchView): void }): JSX.Element {
  const { matches } = props.helpers;
  return (
    <section class="tool matches" aria-labelledby="matches-title">
      <h2 id="matches-title">Translation memory</h2>
      {matches === null ? (
        <LookingUp />
      ) : matches.memories.length === 0 ? (
        <p class="muted" data-testid="no-memory">
          No memory: there is no .tmx file for {props.lang.name} yet.
        </p>
      ) : matches.matches.length === 0 ? (
        <p class="muted">No match in {matches.memories.join(', ')}.</p>
      ) : (
        <ol class="match-list">
          {matches.matches.slice(0, 3).map((match, k) => (
            <li key={k} class="match">
              <div class="match-head">
                <span class={`score score-${scoreBand(match.score)}`}>{match.score}%</span> <span class="kind">{match.kind}</span>
                {match.origin && <span class="origin"> · {match.origin}</span>}
                {match.date && <span class="origin match-date"> · {match.date}</span>}
                {match.alsoIn && <span class="origin also-in"> · also in {[...new Set(match.alsoIn)].join(', ')}</span>}
                <ApprovalMark notApproved={match.notApproved} approved={match.approved} />
                <button type="button" class="insert" onClick={() => props.onInsert(match)} aria-keyshortcuts={`Control+${k + 1}`}>
                  Insert <kbd>Ctrl</kbd>+<kbd>{k + 1}</kbd>
                </button>
              </div>
              <p class="diff" lang={props.sourceLang} aria-label="Memory source compared with this segment">
                <Diff parts={match.diff} deleted="only in the memory" inserted="only in this segment" />
              </p>
              <p class="match-target" lang={props.lang.code} dir={props.lang.dir}>
                <RichText text={match.adapted} dir={props.lang.dir} />
              </p>
              {match.notAdapted && <p class="muted not-adapted">Figures not adapted: {match.notAdapted}; change them by hand.</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A word diff; `deleted` and `inserted` say where the struck-out and the underlined words are from. */
function Diff({ parts, deleted, inserted }: { parts: readonly DiffPart[]; deleted: string; inserted: string }): JSX.Element {
  return (
    <>
      {parts.map((part, k) =>
        part.op === 'equal' ? (
          <span key={k}>{part.text}</span>
        ) : part.op === 'delete' ? (
          <del key={k} title={deleted}>
            {part.text}
          </del>
        ) : (
          <ins key={k} title={inserted}>
            {part.text}
          </ins>
        ),
      )}
    </>
  );
}

function Terms({ terms, lang }: { terms: TermView[] | null; lang: LangInfo }): JSX.Element {
  return (
    <section class="tool terms" aria-labelledby="terms-title">
      <h2 id="terms-title">Glossary</h2>
      {terms === null ? (
        <p class="muted">Looking up…</p>
      ) : terms.length === 0 ? (
        <p class="muted">No glossary term in this sentence.</p>
      ) : (
        <dl class="term-list">
          {terms.map((term) => (
            <div key={term.start} class={`term-row${term.found === false ? ' term-missing' : ''}`}>
              <dt>
                {term.text}
                {term.found !== undefined && (
                  <span class={term.found ? 'found' : 'not-found'}>{term.found ? ' ✓ used' : ' ✗ not in the translation'}</span>
                )}
              </dt>
              <dd lang={lang.code} dir={lang.dir}>
                {term.targets.length ? term.targets.map((t, k) => <bdi key={k} class="term-target">{t}</bdi>) : <em dir="ltr">no {lang.name} form</em>}
              </dd>
              {term.note && <dd class="term-note">{term.note}</dd>}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Shortcuts(): JSX.Element {
  return (
    <section class="tool shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard</h2>
      <dl class="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.action}>
            <dt>
              {s.keys.map((key, k) => (
                <>
                  {k > 0 && '+'}
                  <kbd>{key}</kbd>
                </>
              ))}
            </dt>
            <dd>{s.label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n > 1 ? 's' : ''}`;
}

function scoreBand(score: number): string {
  return score >= 100 ? 'exact' : score >= 85 ? 'high' : 'low';
}
