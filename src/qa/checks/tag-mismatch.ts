/**
 * Inline tags of the source are missing, extra, unbalanced or emptied in the target.
 *
 * Tags stand for the source's inline markup: `<1>…</1>` (emphasis, links) and `<2/>`
 * (images, breaks). The target must have the same tags, each pair opened before it is closed
 * and properly nested; a pair that wraps text in the source may not be empty in the target.
 * Order may change.
 */

import { findingOf, quote } from '../finding.js';
import type { Finding } from '../../types.js';
import type { Check, QaPair } from '../types.js';

interface Tag {
  /** `<1>`, `</1>` or `<1/>`. */
  text: string;
  n: string;
  type: 'open' | 'close' | 'standalone';
  start: number;
  end: number;
}

const TAG = /<(\/?)(\d+)(\/?)>/g;

function tagsOf(text: string): Tag[] {
  const out: Tag[] = [];
  for (const m of text.matchAll(TAG)) {
    if (m[1] && m[3]) continue;
    const type = m[1] ? 'close' : m[3] ? 'standalone' : 'open';
    out.push({ text: m[0], n: m[2] ?? '', type, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Problems of nesting in `tags`: a closing tag without its opening, crossing pairs, an opening tag never closed. */
function nestingProblems(tags: readonly Tag[]): Array<{ tag: Tag; message: string }> {
  const problems: Array<{ tag: Tag; message: string }> = [];
  const open: Tag[] = [];
  for (const tag of tags) {
    if (tag.type === 'open') open.push(tag);
    else if (tag.type === 'close') {
      const at = open.map((t) => t.n).lastIndexOf(tag.n);
      if (at < 0) problems.push({ tag, message: `Tag ${quote(tag.text)} closes a tag that is not open in target` });
      else {
        if (at !== open.length - 1) problems.push({ tag, message: `Tag ${quote(tag.text)} crosses ${quote(`<${(open[open.length - 1] as Tag).n}>`)} in target` });
        open.splice(at, 1);
      }
    }
  }
  for (const tag of open) problems.push({ tag, message: `Tag ${quote(tag.text)} is never closed in target` });
  return problems;
}

/** Visible text between `<n>` and `</n>`, for each pair. */
function wrapped(text: string, tags: readonly Tag[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const open of tags) {
    if (open.type !== 'open') continue;
    const close = tags.find((t) => t.type === 'close' && t.n === open.n && t.start > open.start);
    if (close) out.set(open.n, text.slice(open.end, close.start).replace(TAG, '').trim());
  }
  return out;
}

function count(tags: readonly Tag[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tags) out.set(t.text, (out.get(t.text) ?? 0) + 1);
  return out;
}

export const tagMismatch: Check = {
  id: 'tag-mismatch',
  severity: 'error',
  title: 'Inline tags of the source are missing, extra, unbalanced or emptied in the target',
  examples: {
    ok: [
      { source: 'Selon <1>Amnesty International</1>, des milliers de civils.<2/>', target: 'According to <1>Amnesty International</1>, thousands of civilians.<2/>', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Le rapport <1>publié par <2>AI</2></1>.', target: 'التقرير الذي <1>نشرته <2>منظمة العفو</2></1>.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Un <1>très</1> grand <2>nombre</2>.', target: 'A <2>number</2> <1>very</1> large.', sourceLang: 'fr', targetLang: 'en', note: 'order may change' },
    ],
    notOk: [
      { source: 'Selon <1>Amnesty International</1>, des civils.', target: 'According to Amnesty International, civilians.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Selon <1>Amnesty International</1>, des civils.', target: 'According to <1>Amnesty International, civilians.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Le rapport <1>publié par <2>AI</2></1>.', target: 'The report <1>published by <2>AI</1></2>.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Selon <1>Amnesty International</1>.', target: 'وفقاً لـ<1></1>منظمة العفو الدولية.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Des civils.<2/>', target: 'Civilians.<2/><3/>', sourceLang: 'fr', targetLang: 'en' },
    ],
  },
  run(pair: QaPair): Finding[] {
    const source = tagsOf(pair.source);
    const target = tagsOf(pair.target);
    const findings: Finding[] = [];
    const want = count(source);
    const got = count(target);
    for (const [text, n] of want) {
      const have = got.get(text) ?? 0;
      if (have < n) {
        const tag = source.find((t) => t.text === text) as Tag;
        findings.push(findingOf(tagMismatch, pair, `Missing tag ${quote(text)} in target`, { side: 'source', start: tag.start, end: tag.end }));
      }
    }
    for (const [text, n] of got) {
      if (n > (want.get(text) ?? 0)) {
        const tag = target.filter((t) => t.text === text)[want.get(text) ?? 0] as Tag;
        findings.push(findingOf(tagMismatch, pair, `Unexpected tag ${quote(text)} in target, not in the source`, { side: 'target', start: tag.start, end: tag.end }));
      }
    }
    // Nesting is only required when the source itself is well formed (a pair may span two sentences).
    if (nestingProblems(source).length === 0) {
      for (const { tag, message } of nestingProblems(target)) {
        findings.push(findingOf(tagMismatch, pair, message, { side: 'target', start: tag.start, end: tag.end }));
      }
    }
    const sourceWraps = wrapped(pair.source, source);
    for (const [n, inside] of wrapped(pair.target, target)) {
      if (inside === '' && (sourceWraps.get(n) ?? '') !== '') {
        const open = target.find((t) => t.type === 'open' && t.n === n) as Tag;
        findings.push(findingOf(tagMismatch, pair, `Tag pair ${quote(`<${n}>…</${n}>`)} is empty in target but wraps text in the source`, { side: 'target', start: open.start, end: open.end }));
      }
    }
    return findings;
  },
};
