// Harvesting approved translations into the project's own memory, idempotently: running the
// update twice changes nothing, and an entry only gets a new change date when its text or
// context really changed.

import { sameLanguage } from '../formats/tmx/index.js';
import type { TranslationEntry } from '../types.js';
import type { MemoryEntry } from './entry.js';

export interface HarvestInput {
  doc: string;
  sourceLang: string;
  targetLang: string;
  /** The language's PO entries in document order. */
  entries: readonly TranslationEntry[];
  /** `YYYYMMDDThhmmssZ` stamped on new and changed entries. */
  date?: string;
}

/** Translated, non-fuzzy, non-obsolete entries as memory entries, with their neighbours' sources. */
export function harvestEntries(input: HarvestInput): MemoryEntry[] {
  const live = input.entries.filter((e) => !e.obsolete);
  const out: MemoryEntry[] = [];
  live.forEach((e, i) => {
    if (e.fuzzy || e.target.trim() === '') return;
    const entry: MemoryEntry = {
      source: e.source,
      target: e.target,
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      tuid: e.id,
      doc: input.doc,
      prev: live[i - 1]?.source ?? '',
      next: live[i + 1]?.source ?? '',
      props: [],
    };
    if (input.date !== undefined) {
      entry.created = input.date;
      entry.changed = input.date;
    }
    out.push(entry);
  });
  return out;
}

/** What identifies an entry in a merge: its document, ID and target language, or without an ID its texts. */
export function mergeKey(e: MemoryEntry): string {
  const lang = e.targetLang.toLowerCase();
  return e.tuid !== undefined && e.doc !== undefined
    ? `id\u0000${e.doc}\u0000${e.tuid}\u0000${lang}`
    : `text\u0000${e.source}\u0000${e.target}\u0000${lang}`;
}

function sameContent(a: MemoryEntry, b: MemoryEntry): boolean {
  return a.source === b.source && a.target === b.target && (a.prev ?? '') === (b.prev ?? '') && (a.next ?? '') === (b.next ?? '') && sameLanguage(a.sourceLang, b.sourceLang);
}

export interface MergeResult {
  entries: MemoryEntry[];
  added: number;
  changed: number;
}

/**
 * Merges harvested entries into a memory: an entry with the same document, ID and target
 * language (or, without an ID, the same source, target and language) is replaced when its
 * content differs (keeping its creation date) and left alone otherwise; others are appended.
 */
export function mergeEntries(memory: readonly MemoryEntry[], updates: readonly MemoryEntry[]): MergeResult {
  const at = new Map<string, number>();
  memory.forEach((e, i) => at.set(mergeKey(e), i));
  const plan = planMerge((i) => memory[i]!, (key) => at.get(key), updates);
  const entries = memory.map((e, i) => plan.replace.get(i) ?? e).concat(plan.append);
  return { entries, added: plan.added, changed: plan.changed };
}

/** mergeEntries as changes to a memory that stays where it is: the entries replaced (by position) and those appended. */
export interface MergePlan {
  replace: Map<number, MemoryEntry>;
  append: MemoryEntry[];
  added: number;
  changed: number;
}

/**
 * What mergeEntries would do, without the memory as an array (a memory of a million entries is
 * read as it streams by): `entryAt` gives an entry by position, `lastAt` the last position of a
 * key among the memory's entries (a key twice in the memory: the later entry is the one merged).
 */
export function planMerge(
  entryAt: (position: number) => MemoryEntry,
  lastAt: (key: string) => number | undefined,
  updates: readonly MemoryEntry[],
): MergePlan {
  const plan: MergePlan = { replace: new Map(), append: [], added: 0, changed: 0 };
  const appendedAt = new Map<string, number>();
  // The replaced entry's creation date stays, and what its TMX unit held beyond the entry (notes, attributes).
  const merged = (update: MemoryEntry, old: MemoryEntry): MemoryEntry => ({
    ...update,
    ...(old.created !== undefined ? { created: old.created } : {}),
    ...(old.tmx !== undefined ? { tmx: old.tmx } : {}),
  });
  for (const update of updates) {
    const key = mergeKey(update);
    const appended = appendedAt.get(key);
    if (appended !== undefined) {
      if (!sameContent(plan.append[appended]!, update)) {
        plan.append[appended] = merged(update, plan.append[appended]!);
        plan.changed++;
      }
      continue;
    }
    const position = lastAt(key);
    if (position === undefined) {
      appendedAt.set(key, plan.append.length);
      plan.append.push(update);
      plan.added++;
      continue;
    }
    const old = plan.replace.get(position) ?? entryAt(position);
    if (!sameContent(old, update)) {
      plan.replace.set(position, merged(update, old));
      plan.changed++;
    }
  }
  return plan;
}
