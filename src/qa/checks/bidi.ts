/**
 * Directional controls are unbalanced or dangerous, or Latin runs in a right-to-left target
 * are not isolated.
 *
 * Errors: an isolate (LRI, RLI, FSI) without its PDI or a PDI without an isolate; an embedding
 * (LRE, RLE) without its PDF or a PDF without an embedding; any override (LRO, RLO), which
 * reorders the letters themselves (the "Trojan Source" trick).
 *
 * Latin runs: in plain text a Latin name inside Arabic text may pull neighbouring punctuation
 * and numbers to the wrong side; wrapping it in FSI…PDI (U+2068…U+2069) prevents that. The build
 * isolates Latin runs itself in every edition (`<bdi>` in HTML, LRI…PDI in Markdown and the
 * i18next bundles), so this is a note (`info`) by default, for the places a target goes
 * unchanged (PO, XLIFF, a CAT tool); the `latinRuns` option makes it a warning or turns it off.
 */

import { findingOf, quote } from '../finding.js';
import { langData } from '../lang/index.js';
import { codePointName, EMBEDDING_OPENERS, ISOLATE_OPENERS, OVERRIDE_OPENERS, PDF, PDI } from '../text/controls.js';
import type { Finding } from '../../types.js';
import type { Check, QaContext, QaPair } from '../types.js';

const isolates: readonly string[] = ISOLATE_OPENERS;
const embeddings: readonly string[] = EMBEDDING_OPENERS;
const overrides: readonly string[] = OVERRIDE_OPENERS;

const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}\p{M}\p{N}'’.&\-]|\s(?=[\p{Script=Latin}\p{N}]))*/gu;

/** Depth of isolates and embeddings at each offset of `text`. */
function directionalDepth(text: string): number[] {
  const depth: number[] = [];
  let d = 0;
  for (const char of text) {
    if (isolates.includes(char) || embeddings.includes(char) || overrides.includes(char)) d++;
    depth.push(d);
    if (char === PDI || char === PDF) d = Math.max(0, d - 1);
    if (char.length === 2) depth.push(d);
  }
  return depth;
}

export const bidi: Check = {
  id: 'bidi',
  severity: 'error',
  title: 'Directional controls are unbalanced or override the text’s order; Latin runs in right-to-left text are not isolated',
  examples: {
    ok: [
      { source: 'Selon Amnesty International.', target: 'وفقاً لمنظمة \u2068Amnesty International\u2069.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Au moins 426 civils.', target: 'ما لا يقل عن \u200E426\u200E مدنياً.', sourceLang: 'fr', targetLang: 'ar', note: 'marks need no closing' },
      { source: 'Selon Amnesty International.', target: 'According to Amnesty International.', sourceLang: 'fr', targetLang: 'en' },
    ],
    notOk: [
      { source: 'Selon Amnesty International.', target: 'وفقاً لمنظمة \u2068Amnesty International.', sourceLang: 'fr', targetLang: 'ar', note: 'FSI without PDI' },
      { source: 'Au moins 426 civils.', target: 'ما لا يقل عن \u202E426\u202C مدنياً.', sourceLang: 'fr', targetLang: 'ar', note: 'RLO reverses the digits' },
      { source: 'Au moins 426 civils.', target: 'At least 426\u2069 civilians.', sourceLang: 'fr', targetLang: 'en', note: 'PDI without isolate' },
      { source: 'Selon Amnesty International.', target: 'وفقاً لمنظمة Amnesty International.', sourceLang: 'fr', targetLang: 'ar', options: { latinRuns: 'warning' } },
    ],
  },
  run(pair: QaPair, ctx: QaContext): Finding[] {
    const text = pair.target;
    const findings: Finding[] = [];
    const stack: Array<{ char: string; at: number }> = [];
    const span = (at: number, length = 1) => ({ side: 'target' as const, start: at, end: at + length });
    for (let at = 0; at < text.length; at++) {
      const char = text[at] as string;
      if (overrides.includes(char)) {
        findings.push(findingOf(bidi, pair, `Directional override ${codePointName(char)} in target reorders the letters themselves; remove it`, span(at)));
      }
      if (isolates.includes(char) || embeddings.includes(char) || overrides.includes(char)) stack.push({ char, at });
      else if (char === PDI || char === PDF) {
        const wantIsolate = char === PDI;
        const at2 = stack.map((s) => isolates.includes(s.char) === wantIsolate).lastIndexOf(true);
        if (at2 < 0) findings.push(findingOf(bidi, pair, `${codePointName(char)} in target closes nothing`, span(at)));
        else stack.splice(at2);
      }
    }
    for (const open of stack) {
      const closer = isolates.includes(open.char) ? 'PDI (U+2069)' : 'PDF (U+202C)';
      findings.push(findingOf(bidi, pair, `${codePointName(open.char)} in target is never closed; add ${closer}`, span(open.at)));
    }

    const level = ctx.options.latinRuns;
    if (level === 'off' || !langData(pair.targetLang).rtl) return findings;
    const depth = directionalDepth(text);
    for (const m of text.matchAll(LATIN_RUN)) {
      const run = m[0].replace(/[\s.'’\-]+$/u, '');
      if ((depth[m.index] ?? 0) > 0) continue;
      findings.push(
        findingOf(
          bidi,
          pair,
          `Latin run ${quote(run)} in ${pair.targetLang} text is not isolated: the built editions isolate it themselves; where this translation is used as written, wrap it in FSI…PDI (U+2068…U+2069)`,
          span(m.index, run.length),
          level,
        ),
      );
    }
    return findings;
  },
};
