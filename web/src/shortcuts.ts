// The keyboard of the editor: one table, used both to act on key presses and to show the
// shortcuts on the page.

export type Action =
  | 'next'
  | 'previous'
  | 'save'
  | 'save-next'
  | 'save-fuzzy-next'
  | 'match-1'
  | 'match-2'
  | 'match-3'
  | 'copy-source'
  | 'revert'
  | 'concordance';

export interface Shortcut {
  action: Action;
  /** As shown on the page, one string per key of the chord. */
  keys: string[];
  label: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'save-next', keys: ['Ctrl', 'Enter'], label: 'Save (as translated unless “Needs review” is ticked), go to the next segment that needs work' },
  { action: 'save-fuzzy-next', keys: ['Ctrl', 'Shift', 'Enter'], label: 'Save as needs review (fuzzy), go on' },
  { action: 'save', keys: ['Ctrl', 'S'], label: 'Save, stay on this segment' },
  { action: 'next', keys: ['Alt', '↓'], label: 'Next segment' },
  { action: 'previous', keys: ['Alt', '↑'], label: 'Previous segment' },
  { action: 'match-1', keys: ['Ctrl', '1'], label: 'Insert memory match 1 (2, 3 likewise)' },
  { action: 'copy-source', keys: ['Alt', 'C'], label: 'Copy the French into the translation' },
  { action: 'concordance', keys: ['Ctrl', 'K'], label: 'Find the selected words in the memory (concordance)' },
  { action: 'revert', keys: ['Esc'], label: 'Undo your changes to this segment' },
];

/** The action of a key press, if it is one of the editor's shortcuts (⌘ counts as Ctrl). */
export function actionOf(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): Action | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey && event.key === 'Enter') return event.shiftKey ? 'save-fuzzy-next' : 'save-next';
  if (ctrl && !event.altKey && !event.shiftKey && (event.key === 's' || event.key === 'S')) return 'save';
  if (ctrl && !event.altKey && !event.shiftKey && ['1', '2', '3'].includes(event.key)) return `match-${event.key}` as Action;
  if (ctrl && !event.altKey && !event.shiftKey && (event.key === 'k' || event.key === 'K')) return 'concordance';
  if (event.altKey && !ctrl && !event.shiftKey) {
    if (event.key === 'ArrowDown') return 'next';
    if (event.key === 'ArrowUp') return 'previous';
    // `code`, not `key`: Alt+C types "ç" on some layouts.
    if (event.code === 'KeyC') return 'copy-source';
  }
  if (event.key === 'Escape' && !ctrl && !event.altKey && !event.shiftKey) return 'revert';
  return undefined;
}
