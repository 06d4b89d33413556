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

function keyOf(e: MemoryEntry): string {
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
  const entries = memory.slice();
  const at = new Map<string, number>();
  entries.forEach((e, i) => at.set(keyOf(e), i));
  let added = 0;
  let changed = 0;
  for (const update of updates) {
    const key = keyOf(update);
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, entries.length);
      entries.push(update);
      added++;
    } else if (!sameContent(entries[i]!, update)) {
      const old = entries[i]!;
      entries[i] = { ...update, ...(old.created !== undefined ? { created: old.created } : {}) };
      changed++;
    }
  }
  return { entries, added, changed };
}
