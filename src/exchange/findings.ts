// What an import reports: every translation it refused, with why, and what the quality checks
// found in every translation it accepted. Findings point at the imported file and the line of
// the segment in it, where the translator fixes them.

import { checkPair, type Glossary } from '../qa/index.js';
import { readable } from './readable.js';
import type { ImportPlan, RefusedSegment } from '../formats/xliff/index.js';
import type { CatalogEntry, Finding, Lang, RuleMeta } from '../types.js';

/** The rule of refused translations (an error: the translator's work did not go in). */
export const REFUSED_RULE: RuleMeta = {
  id: 'import-refused',
  severity: 'error',
  title: 'An imported translation was not merged: its segment is unknown or its source changed',
};

function refusalMessage(refused: RefusedSegment): string {
  switch (refused.reason) {
    case 'source changed':
      return [
        'not merged: the French source changed after this file was made; export again and translate the current text',
        `  now:       ${readable(refused.expected ?? '')}`,
        `  your file: ${readable(refused.found)}`,
      ].join('\n');
    case 'unknown segment':
      return `not merged: segment ${refused.id} is not in the catalog of ${refused.doc} (the sentence was deleted, or the file is from another project)`;
    case 'unknown document':
      return `not merged: this project has no catalog for "${refused.doc}"`;
    case 'duplicate segment':
      return `not merged: segment ${refused.id} has a translation more than once in this file; keep one`;
  }
}

/** One error finding per refused translation. */
export function refusalFindings(plan: ImportPlan): Finding[] {
  return plan.refused.map((refused) => ({
    rule: REFUSED_RULE.id,
    severity: REFUSED_RULE.severity,
    message: refusalMessage(refused),
    doc: refused.doc,
    lang: plan.lang,
    id: refused.id,
    file: refused.file,
    line: refused.line,
  }));
}

/**
 * The quality checks (`checkPair`) on every accepted translation, against the catalog's source.
 * `catalogs` maps document names to their entries. The source's own French typography is not
 * checked: the translator cannot fix it (`tessera check` reports it against the source file).
 */
export function acceptedFindings(
  plan: ImportPlan,
  catalogs: ReadonlyMap<string, readonly CatalogEntry[]>,
  sourceLang: Lang,
  glossary: Glossary | null,
): Finding[] {
  const sources = new Map<string, string>();
  for (const [doc, entries] of catalogs) for (const entry of entries) sources.set(`${doc}\u0000${entry.id}`, entry.text);
  return plan.accepted.flatMap((segment) => {
    const source = sources.get(`${segment.doc}\u0000${segment.id}`);
    if (source === undefined) return [];
    return checkPair({ source, target: segment.target, sourceLang, targetLang: plan.lang, id: segment.id }, { glossary, options: { sourceTypography: false } }).map(
      (finding): Finding => ({ ...finding, doc: segment.doc, lang: plan.lang, id: segment.id, file: segment.file, line: segment.line }),
    );
  });
}
