// State badges and progress bars, the same words as `tessera status`.

import type { JSX } from 'preact';
import type { LangProgress, SegmentTarget } from '../../src/serve/api-types.js';
import type { SegmentState } from '../../src/types.js';

const STATE_HELP: Readonly<Record<SegmentState, string>> = {
  translated: 'Translated: published in the edition',
  fuzzy: 'Needs review (fuzzy): not published until saved as translated',
  untranslated: 'Not translated yet',
  stale: 'Stale: the French changed since this was translated',
  missing: 'Missing: no entry in the PO file yet (update the document)',
  obsolete: 'Obsolete: the segment is gone from the source',
};

export function StateBadge({ state }: { state: SegmentState }): JSX.Element {
  return (
    <span class={`badge badge-${state}`} title={STATE_HELP[state]}>
      {state}
    </span>
  );
}

/** A small mark for the quality findings of a saved translation. */
export function FindingsMark({ findings }: { findings: SegmentTarget['findings'] }): JSX.Element | null {
  if (!findings) return null;
  const severity = findings.error ? 'error' : findings.warning ? 'warning' : 'info';
  const count = findings.error + findings.warning + findings.info;
  const words = [
    findings.error ? `${findings.error} error${findings.error > 1 ? 's' : ''}` : '',
    findings.warning ? `${findings.warning} warning${findings.warning > 1 ? 's' : ''}` : '',
    findings.info ? `${findings.info} note${findings.info > 1 ? 's' : ''}` : '',
  ].filter(Boolean).join(', ');
  return (
    <span class={`qa-mark qa-${severity}`} title={`Quality: ${words}`}>
      <span aria-hidden="true">{severity === 'error' ? '✖' : severity === 'warning' ? '▲' : 'ℹ'}</span>
      <span class="visually-hidden">Quality: {words}</span>
      <span aria-hidden="true">{count}</span>
    </span>
  );
}

export function ProgressBar({ progress, name }: { progress: LangProgress; name: string }): JSX.Element {
  const { counts, total } = progress;
  const rest = (['fuzzy', 'stale', 'untranslated', 'missing'] as const).filter((s) => counts[s] > 0);
  return (
    <div class="progress">
      <div
        class="progress-bar"
        role="progressbar"
        aria-label={`${name}: translated`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}% (${counts.translated} of ${total} segments)`}
      >
        <span class="progress-fill" style={{ width: `${progress.percent}%` }} />
      </div>
      <span class="progress-text">
        {progress.percent}% · {counts.translated}/{total}
        {rest.map((s) => (
          <span key={s} class={`count count-${s}`}>
            {' · '}
            {counts[s]} {s}
          </span>
        ))}
      </span>
    </div>
  );
}

/** What a memory says of a translation's approval: not approved (`approved: no`, a Trados draft), approved (`approved: yes`, signed off), or nothing. */
export function ApprovalMark({ notApproved, approved }: { notApproved: string | undefined; approved: string | undefined }): JSX.Element | null {
  if (notApproved) {
    return (
      <span class="not-approved" title={`The memory marks this translation as not approved (${notApproved})`}>
        {' '}
        · not approved
      </span>
    );
  }
  if (!approved) return null;
  return (
    <span class="approved" title={`The memory marks this translation as approved (${approved})`}>
      {' '}
      · approved
    </span>
  );
}
