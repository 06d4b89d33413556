// How the text reports name a memory entry's place and its approval, the same in `tm lookup`
// and `tm concordance`.
import type { MemoryEntry } from '../memory/index.js';

/** The entry's file and `tuid`, as far as it has them: `locales/en/memory.tmx s-w8urpn`. */
export function entryPlace(entry: MemoryEntry): string {
  return [entry.origin, entry.tuid].filter(Boolean).join(' ');
}

/** `  not approved (approved: no)` or `  approved (approved: yes)` for an entry its memory marks so, else nothing. */
export function approvalNote(entry: MemoryEntry): string {
  if (entry.notApproved !== undefined) return `  not approved (${entry.notApproved})`;
  return entry.approved !== undefined ? `  approved (${entry.approved})` : '';
}
