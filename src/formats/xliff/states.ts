// Segment states between our model (PO: fuzzy flag, review flags, drift) and XLIFF.
//
// XLIFF 2.0 has a linear `state` on <segment>: initial → translated → reviewed → final; the three
// later states require a <target>. A target that needs review (fuzzy, or translated from a
// source that has since changed) is a draft, not a translation: it travels as `initial` with the
// target kept and a `subState` saying why. The spec requires an explicit `state` wherever
// `subState` is set, and tools that change `state` must update or drop `subState`; so on import
// `state` decides and `subState` is informative only.

import type { SegmentState, TranslationEntry } from '../../types.js';
import type { ImportedState, ReviewFlag } from './types.js';

/** `subState` of a target from a fuzzy PO entry (needs review). */
export const SUBSTATE_FUZZY = 'tessera:fuzzy';
/** `subState` of a target whose PO source differs from the current source (drift). */
export const SUBSTATE_STALE = 'tessera:stale';

/** PO flags, strongest first, that raise a translated segment to the XLIFF state of that name. */
export const REVIEW_FLAGS: readonly ReviewFlag[] = ['final', 'reviewed'];

export type Xliff2State = 'initial' | 'translated' | 'reviewed' | 'final';

export interface ExportedState {
  state: Xliff2State;
  subState?: string;
  /** Whether the segment gets a <target>. */
  withTarget: boolean;
}

/** The XLIFF 2.0 state of a segment, from its state in the project and its PO entry. */
export function exportedState(state: SegmentState, entry: TranslationEntry | undefined): ExportedState {
  if (!entry || entry.target === '') return { state: 'initial', withTarget: false };
  switch (state) {
    case 'translated': {
      const flag = REVIEW_FLAGS.find((f) => entry.flags?.includes(f));
      return { state: flag ?? 'translated', withTarget: true };
    }
    case 'fuzzy':
      return { state: 'initial', subState: SUBSTATE_FUZZY, withTarget: true };
    case 'stale':
      return { state: 'initial', subState: SUBSTATE_STALE, withTarget: true };
    default:
      return { state: 'initial', withTarget: false };
  }
}

/** The review flag an imported state puts on the PO entry. */
export function reviewFlagsOf(state: ImportedState): ReviewFlag[] {
  return state === 'reviewed' || state === 'final' ? [state] : [];
}

// XLIFF 1.2 `state` values (§ state) and what they mean for a present target. The `needs-*`
// and `new` states say the target is not done; `signed-off` is the 1.2 word for reviewed.
const XLIFF12_STATES: Readonly<Record<string, ImportedState>> = {
  new: 'fuzzy',
  'needs-translation': 'fuzzy',
  'needs-adaptation': 'fuzzy',
  'needs-l10n': 'fuzzy',
  'needs-review-translation': 'fuzzy',
  'needs-review-adaptation': 'fuzzy',
  'needs-review-l10n': 'fuzzy',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

const XLIFF2_STATES: Readonly<Record<string, ImportedState>> = {
  initial: 'fuzzy',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'final',
};

/**
 * State of an XLIFF 2.0 segment. `initial` (the default) with a target is a draft: fuzzy.
 * A 1.2 value written into a 2.0 file by a confused tool is read as in 1.2; any other unknown
 * value is fuzzy, so the target is kept but reviewed before it is published.
 */
export function importedState2(state: string | undefined, hasTarget: boolean): ImportedState {
  if (!hasTarget) return 'untranslated';
  const value = state ?? 'initial';
  return XLIFF2_STATES[value] ?? XLIFF12_STATES[value] ?? 'fuzzy';
}

/**
 * State of an XLIFF 1.2 target. 1.2 has no default state: a target without one is a
 * translation (that is how most 1.2 editors write them). `approved="yes"` raises a translation
 * to reviewed; `x-…` and unknown values are fuzzy.
 */
export function importedState12(state: string | undefined, approved: string | undefined, hasTarget: boolean): ImportedState {
  if (!hasTarget) return 'untranslated';
  const base = state === undefined ? 'translated' : (XLIFF12_STATES[state] ?? 'fuzzy');
  // A `needs-*` state contradicting `approved="yes"` stays fuzzy: review wins over approval.
  if (approved === 'yes' && base === 'translated') return 'reviewed';
  return base;
}
