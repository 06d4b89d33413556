// One document in one language: the article as segments, French beside the translation, in
// document order. The active segment is edited in place; the panel beside it helps.
//
// Nothing the translator types is lost: unsaved texts are kept per segment (moving away keeps
// them), and a refused save (the file changed on disk) keeps them while the page reloads.

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { DocumentView, LangInfo, MatchView, SegmentTarget, SegmentView } from '../../src/serve/api-types.js';
import { ApiError, api } from './api.js';
import { docHref } from './app.js';
import { FindingsMark, ProgressBar, StateBadge } from './badges.js';
import { RichText, type Highlight } from './rich-text.js';
import { useSegmentHelpers } from './segment-helpers.js';
import type { ConcordanceRequest } from './concordance-search.js';
import { SegmentTools } from './segment-tools.js';
import { actionOf } from './shortcuts.js';

interface Draft {
  target: string;
  fuzzy: boolean;
}

interface Conflict {
  id: string;
  message: string;
  /** The page has reloaded the document since; saving again replaces what is on disk. */
  reloaded: boolean;
}

export function DocumentPage({ name, lang }: { name: string; lang: string }): JSX.Element {
  const [view, setView] = useState<DocumentView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<DocumentView | null> => {
    try {
      const fresh = await api.document(name);
      setView(fresh);
      setLoadError(null);
      return fresh;
    } catch (e) {
      setLoadError((e as Error).message);
      return null;
    }
  }, [name]);

  useEffect(() => {
    void load().then((fresh) => {
      if (!fresh) return;
      // Start where the work is.
      const first = fresh.segments.findIndex((s) => s.targets[lang]?.state !== 'translated');
      setActive(first < 0 ? 0 : first);
    });
  }, [load, lang]);

  const langInfo = view?.langs.find((l) => l.code === lang);
  const segments = view?.segments ?? [];
  const segment = segments[active];
  const savedOf = (s: SegmentView): SegmentTarget | undefined => s.targets[lang];
  const textOf = (s: SegmentView): string => drafts[s.id]?.target ?? savedOf(s)?.target ?? '';
  const fuzzyOf = (s: SegmentView): boolean => drafts[s.id]?.fuzzy ?? false;
  const activeText = segment ? textOf(segment) : '';
  const helpers = useSegmentHelpers(name, segment, lang, activeText);

  // Warn before closing the tab with unsaved text.
  const unsaved = view ? view.segments.filter((s) => drafts[s.id] !== undefined && drafts[s.id]!.target !== (savedOf(s)?.target ?? '')).length : 0;
  useEffect(() => {
    if (unsaved === 0) return undefined;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // The active segment's editor takes the focus and comes into view.
  useEffect(() => {
    if (!segment) return;
    const editor = document.getElementById(`editor-${segment.id}`) as HTMLTextAreaElement | null;
    editor?.focus({ preventScroll: true });
    // Centred when it is not wholly in view: the sentences around it are the translator's context.
    const rowBox = editor?.closest('tr')?.getBoundingClientRect();
    if (rowBox && (rowBox.top < 0 || rowBox.bottom > innerHeight)) editor!.closest('tr')!.scrollIntoView({ block: 'center' });
  }, [segment?.id, view !== null]);

  const setDraft = (s: SegmentView, change: Partial<Draft>): void =>
    setDrafts((all) => ({ ...all, [s.id]: { ...(all[s.id] ?? { target: savedOf(s)?.target ?? '', fuzzy: false }), ...change } }));

  const goTo = (index: number): void => {
    if (index >= 0 && index < segments.length) setActive(index);
  };

  /** The next segment after `from` that is not translated (wrapping), else simply the next one. */
  const nextNeedingWork = (from: number, current: DocumentView): number => {
    const count = current.segments.length;
    for (let step = 1; step < count; step++) {
      const k = (from + step) % count;
      if (current.segments[k]!.targets[lang]?.state !== 'translated') return k;
    }
    return Math.min(from + 1, count - 1);
  };

  const save = async (index: number, fuzzy: boolean, move: boolean): Promise<void> => {
    if (!view || busy) return;
    const s = view.segments[index]!;
    const target = textOf(s);
    // Keep the text as a draft until the server has it.
    setDraft(s, { target, fuzzy });
    setBusy(true);
    setFailure(null);
    try {
      const saved = await api.save(name, s.id, { lang, target, fuzzy, version: view.files[lang]?.version ?? 'absent' });
      const next: DocumentView = {
        ...view,
        segments: view.segments.map((x) => (x.id === s.id ? saved.segment : x)),
        progress: view.progress.map((p) => (p.lang === lang ? saved.progress : p)),
        files: { ...view.files, [lang]: { path: view.files[lang]?.path ?? '', version: saved.version } },
      };
      setView(next);
      setDrafts(({ [s.id]: _done, ...rest }) => rest);
      setConflict(null);
      setNotice(`Saved segment ${index + 1} as ${fuzzy ? 'needs review (fuzzy)' : 'translated'} in ${next.files[lang]?.path}.`);
      if (move) setActive(nextNeedingWork(index, next));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.error === 'conflict') {
        setConflict({ id: s.id, message: e.message, reloaded: false });
        setNotice('Not saved: the file changed on disk.');
      } else {
        setFailure((e as Error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  const reloadKeepingDrafts = async (): Promise<void> => {
    const fresh = await load();
    if (fresh) {
      setConflict((c) => c && { ...c, reloaded: true });
      setNotice('Reloaded the document from disk; your unsaved texts are kept.');
    }
  };

  const update = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await api.update(name);
      await load();
      setNotice(result.written.length ? `Updated ${result.written.join(', ')} from the French source.` : 'Everything was up to date.');
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const [lookFor, setLookFor] = useState<ConcordanceRequest | undefined>(undefined);

  const insertMatch = (match: MatchView | undefined): void => {
    if (!segment || !match) return;
    setDraft(segment, { target: match.adapted });
    setNotice(`Inserted the ${match.score}% match.`);
    document.getElementById(`editor-${segment.id}`)?.focus();
  };

  // One keyboard handler for the whole page, reading the latest state through a ref.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  onKey.current = (event: KeyboardEvent): void => {
    const action = actionOf(event);
    if (!action || !view || !segment) return;
    if (action === 'revert') {
      if (drafts[segment.id] === undefined) return;
      setDrafts(({ [segment.id]: _dropped, ...rest }) => rest);
      setNotice('Changes undone.');
    } else if (action === 'next') goTo(active + 1);
    else if (action === 'previous') goTo(active - 1);
    else if (action === 'save') void save(active, fuzzyOf(segment), false);
    else if (action === 'save-next') void save(active, fuzzyOf(segment), true);
    else if (action === 'save-fuzzy-next') void save(active, true, true);
    else if (action === 'copy-source') setDraft(segment, { target: segment.source });
    else if (action === 'concordance') {
      // Words selected in the translation are looked for among translations, any others among the French.
      const focused = document.activeElement;
      const inEditor = focused instanceof HTMLTextAreaElement && focused.selectionEnd > focused.selectionStart;
      const phrase = inEditor ? focused.value.slice(focused.selectionStart, focused.selectionEnd) : String(getSelection() ?? '');
      if (phrase.trim() === '') setNotice('Select the words to find in the memory first.');
      else setLookFor({ phrase: phrase.trim(), field: inEditor ? 'target' : 'source', asked: Date.now() });
    }
    else insertMatch(helpers.matches?.matches[Number(action.slice('match-'.length)) - 1]);
    event.preventDefault();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey.current(event);
    addEventListener('keydown', listener);
    return () => removeEventListener('keydown', listener);
  }, []);

  if (loadError && !view) return <p role="alert" class="error">{loadError}</p>;
  if (!view) return <p class="loading">Loading {name}…</p>;
  if (!langInfo) {
    return (
      <p role="alert" class="error">
        This project does not translate into “{lang}”. <a href="#/">Back to the documents</a>
      </p>
    );
  }
  const progress = view.progress.find((p) => p.lang === lang);
  const drift = view.drift[lang] ?? 0;
  const highlights: Highlight[] = (helpers.terms ?? []).map((term) => ({
    start: term.start,
    end: term.end,
    title: `Glossary: ${term.targets.join(' | ') || 'no form'}${term.note ? ` (${term.note})` : ''}`,
    className: term.found === false ? 'term term-missing' : 'term',
  }));

  return (
    <div class="doc-page">
      <div class="doc-head">
        <h1>
          <span class="doc-name">{view.name}</span> <span class="doc-lang">into {langInfo.name}</span>
        </h1>
        <p class="other-langs">
          {view.langs
            .filter((l) => l.code !== lang)
            .map((l) => (
              <a key={l.code} href={docHref(view.name, l.code)}>
                Switch to {l.name}
              </a>
            ))}
        </p>
        {progress && <ProgressBar progress={progress} name={langInfo.name} />}
        <p class="file-line">
          Saving writes <code>{view.files[lang]?.path}</code>
        </p>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {conflict && (
        <div class="banner banner-conflict" role="alert">
          <p>{conflict.reloaded ? 'Reloaded. Your text is still in the editor; the text saved on disk is shown under it. Save again to replace it.' : conflict.message}</p>
          {!conflict.reloaded && (
            <button type="button" onClick={() => void reloadKeepingDrafts()}>
              Reload the document, keep my text
            </button>
          )}
        </div>
      )}
      {drift > 0 && (
        <div class="banner banner-drift" role="status">
          <p>
            {drift} segment{drift > 1 ? 's' : ''} changed or appeared in the French since the last extract. Update the segments: their
            translations are kept and marked as needing review, with the previous French shown.
          </p>
          <button type="button" onClick={() => void update()} disabled={busy}>
            Update the segments
          </button>
        </div>
      )}
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      <div class="workspace">
        <table class="segments" aria-label={`${view.name}: French and ${langInfo.name}`}>
          <colgroup>
            <col class="col-state" />
            <col class="col-source" />
            <col class="col-target" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">French</th>
              <th scope="col">{langInfo.name}</th>
            </tr>
          </thead>
          <tbody>
            {view.segments.map((s, index) => (
              <SegmentRow
                key={s.id}
                segment={s}
                index={index}
                isActive={index === active}
                lang={langInfo}
                sourceLang={view.sourceLang}
                saved={savedOf(s)}
                text={textOf(s)}
                fuzzy={fuzzyOf(s)}
                dirty={drafts[s.id] !== undefined && drafts[s.id]!.target !== (savedOf(s)?.target ?? '')}
                conflict={conflict?.id === s.id && conflict.reloaded}
                busy={busy}
                highlights={index === active ? highlights : []}
                onActivate={() => setActive(index)}
                onInput={(target) => setDraft(s, { target })}
                onFuzzy={(fuzzy) => setDraft(s, { fuzzy })}
                onSave={(move) => void save(index, fuzzyOf(s), move)}
              />
            ))}
          </tbody>
        </table>
        {segment && (
          <SegmentTools
            segment={segment}
            position={active}
            total={view.segments.length}
            lang={langInfo}
            sourceLang={view.sourceLang}
            saved={savedOf(segment)}
            poFile={view.files[lang]?.path ?? ''}
            helpers={helpers}
            onInsert={insertMatch}
            lookFor={lookFor}
          />
        )}
      </div>
    </div>
  );
}

interface SegmentRowProps {
  segment: SegmentView;
  index: number;
  isActive: boolean;
  lang: LangInfo;
  sourceLang: string;
  saved: SegmentTarget | undefined;
  text: string;
  fuzzy: boolean;
  dirty: boolean;
  /** Show the text on disk under the editor (after a refused save and a reload). */
  conflict: boolean;
  busy: boolean;
  highlights: Highlight[];
  onActivate(): void;
  onInput(target: string): void;
  onFuzzy(fuzzy: boolean): void;
  onSave(move: boolean): void;
}

function SegmentRow(props: SegmentRowProps): JSX.Element {
  const { segment, index, lang, saved } = props;
  const state = saved?.state ?? 'missing';
  const sourceId = `source-${segment.id}`;
  // The editor grows with its text: the whole sentence stays in view.
  const input = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [props.text, props.isActive]);
  return (
    <tr
      id={`row-${segment.id}`}
      class={`segment state-${state}${props.isActive ? ' active' : ''}${props.dirty ? ' dirty' : ''}`}
      data-id={segment.id}
      aria-current={props.isActive ? 'true' : undefined}
      onClick={props.isActive ? undefined : props.onActivate}
    >
      <th scope="row" class="cell-state">
        <button type="button" class="segment-number" onClick={props.onActivate} aria-label={`Segment ${index + 1}, ${state}${props.dirty ? ', unsaved changes' : ''}`}>
          {index + 1}
        </button>
        <StateBadge state={state} />
        {!props.dirty && <FindingsMark findings={saved?.findings} />}
        {props.dirty && (
          <span class="unsaved" title="Unsaved changes">
            ●<span class="visually-hidden"> unsaved</span>
          </span>
        )}
      </th>
      <td class="cell-source" lang={props.sourceLang} dir="ltr" id={sourceId}>
        <RichText text={segment.source} dir="ltr" tags={segment.tags} highlights={props.highlights} />
      </td>
      <td class="cell-target" lang={lang.code} dir={lang.dir}>
        {props.isActive ? (
          <div class="editor">
            <textarea
              ref={input}
              id={`editor-${segment.id}`}
              class="target-input"
              lang={lang.code}
              dir={lang.dir}
              rows={3}
              value={props.text}
              aria-label={`${lang.name} translation of segment ${index + 1}`}
              aria-describedby={sourceId}
              spellcheck={true}
              onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
            />
            {props.conflict && (
              <div class="on-disk" dir="ltr">
                <p>Saved on disk now:</p>
                <p lang={lang.code} dir={lang.dir} class="quote">
                  <RichText text={saved?.target ?? ''} dir={lang.dir} tags={segment.tags} />
                </p>
              </div>
            )}
            <div class="editor-bar" dir="ltr">
              <label class="fuzzy-toggle">
                <input type="checkbox" checked={props.fuzzy} onChange={(event) => props.onFuzzy((event.currentTarget as HTMLInputElement).checked)} /> Needs review
                (fuzzy)
              </label>
              <button type="button" class="save" disabled={props.busy} onClick={() => props.onSave(false)} aria-keyshortcuts="Control+S">
                Save <kbd>Ctrl</kbd>+<kbd>S</kbd>
              </button>
              <button type="button" class="save-next primary" disabled={props.busy} onClick={() => props.onSave(true)} aria-keyshortcuts="Control+Enter">
                Save &amp; next <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
              </button>
            </div>
          </div>
        ) : props.text ? (
          <RichText text={props.text} dir={lang.dir} tags={segment.tags} />
        ) : (
          <span class="empty" dir="ltr">
            not translated
          </span>
        )}
      </td>
    </tr>
  );
}
