/**
 * Punctuation and typography differ from the conventions of the target, or from the source.
 *
 * - End punctuation: a question stays a question (`?` = `؟`), an exclamation an exclamation,
 *   a full stop a full stop (a full stop may move inside closing quotes).
 * - French typography, on each French side: a no-break space (U+00A0 or U+202F) before
 *   `: ; ! ?` and `»`, and after `«`.
 * - English and Arabic: no space before `? ! : ;`.
 * - Arabic: `؟ ، ؛`, not the Latin `? , ;`, after Arabic words.
 * - Quotations: as many quotation marks as in the source, in the target language's style.
 * - A space after `,` and `;`.
 */

import { findingOf, quote } from '../finding.js';
import { langData } from '../lang/index.js';
import type { LangData } from '../lang/types.js';
import { originalSpan, prepare, type Folded } from '../text/fold.js';
import type { Finding } from '../../types.js';
import type { Check, QaContext, QaPair } from '../types.js';

type EndClass = 'question' | 'exclamation' | 'ellipsis' | 'period' | 'colon' | 'semicolon' | 'comma' | 'none';

const END_ZONE = /[\s.!?…:;,؟؛،。'"’”»›)\]]*$/u;
const CLOSERS = /['"’”»›)\]]/u;
const NO_BREAK = /[\u00A0\u202F]/u;

function endClass(zone: string): EndClass {
  if (/[?؟]/u.test(zone)) return 'question';
  if (/!/u.test(zone)) return 'exclamation';
  if (/…|\.\.\./u.test(zone)) return 'ellipsis';
  if (/[.。]/u.test(zone)) return 'period';
  if (/:/u.test(zone)) return 'colon';
  if (/[;؛]/u.test(zone)) return 'semicolon';
  if (/[,،]/u.test(zone)) return 'comma';
  return 'none';
}

interface End {
  cls: EndClass;
  closer: boolean;
  start: number;
  end: number;
  text: string;
}

function endOf(folded: Folded): End {
  const f = folded.text.replace(/\s+$/u, '');
  const zone = END_ZONE.exec(f)?.[0] ?? '';
  const at = f.length - zone.length;
  const span = originalSpan(folded, at, Math.max(at + 1, f.length));
  return { cls: endClass(zone), closer: CLOSERS.test(zone), start: span.start, end: span.end, text: zone.trim() };
}

/** Spans (prepared-text offsets) breaking French spacing rules, with their message. */
function frenchSpacing(f: string): Array<{ at: number; message: string }> {
  const out: Array<{ at: number; message: string }> = [];
  for (const m of f.matchAll(/[;:!?»]/gu)) {
    const at = m.index;
    const mark = m[0];
    const before = f[at - 1];
    const after = f[at + 1];
    if (before === undefined || /[!?;:]/u.test(before)) continue;
    if (mark !== '»' && after !== undefined && !/[\s»"”)\].,…!?]/u.test(after)) continue; // 10:30, URLs, ratios
    if (NO_BREAK.test(before)) continue;
    out.push({
      at,
      message:
        before === ' '
          ? `French typography: use a no-break space (U+00A0 or U+202F) before ${quote(mark)}, not a plain space`
          : `French typography: a no-break space (U+00A0 or U+202F) is expected before ${quote(mark)}`,
    });
  }
  for (const m of f.matchAll(/«/gu)) {
    const after = f[m.index + 1];
    if (after === undefined || NO_BREAK.test(after)) continue;
    out.push({
      at: m.index,
      message:
        after === ' '
          ? `French typography: use a no-break space (U+00A0 or U+202F) after ${quote('«')}, not a plain space`
          : `French typography: a no-break space (U+00A0 or U+202F) is expected after ${quote('«')}`,
    });
  }
  return out;
}

const DOUBLE_QUOTES = /[«»“”„"‹›]/gu;
const SINGLE_OPEN = /(?<=^|[\s(\[«“"])['‘](?=\S)/gu;
const SINGLE_CLOSE = /(?<=\S)['’](?=$|[\s.,;:!?)\]»”"])/gu;

/** Number of quotation marks (an opening and a closing mark count one each). */
function quotationMarks(f: string): number {
  const doubles = f.match(DOUBLE_QUOTES)?.length ?? 0;
  const opens = [...f.matchAll(SINGLE_OPEN)].map((m) => m.index);
  const closes = [...f.matchAll(SINGLE_CLOSE)].map((m) => m.index);
  // A closing single quote counts only after an opening one (otherwise it is an apostrophe: Iraqis').
  let singles = 0;
  let pending = 0;
  const events = [...opens.map((i) => [i, 1] as const), ...closes.map((i) => [i, -1] as const)].sort((a, b) => a[0] - b[0]);
  for (const [, kind] of events) {
    if (kind === 1) {
      pending++;
      singles++;
    } else if (pending > 0) {
      pending--;
      singles++;
    }
  }
  return doubles + singles;
}

/** `text` with HTML/XML markup blanked out (same length, so offsets hold). */
function withoutMarkup(text: string): string {
  return text.replace(/<[a-zA-Z/!?][^<>]*>/gu, (m) => ' '.repeat(m.length));
}

function allowedQuote(lang: LangData, mark: string): boolean {
  return lang.punctuation.quotes.some(([open, close]) => open === mark || close === mark);
}

export const punctuation: Check = {
  id: 'punctuation',
  severity: 'warning',
  title: 'End punctuation, spacing, quotation marks or Arabic punctuation do not follow the source or the target’s conventions',
  examples: {
    ok: [
      { source: 'Qui est responsable\u202F?', target: 'Who is responsible?', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Qui est responsable\u202F?', target: 'من المسؤول؟', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Il a déclaré\u00A0: «\u00A0Les civils doivent être protégés\u00A0».', target: 'He said: “Civilians must be protected.”', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Des civils, des villageois et des habitants.', target: 'مدنيون، وقرويون، وسكان.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Un rapport publié par AI.', target: 'تقرير نشرته منظمة العفو الدولية (Amnesty International, London).', sourceLang: 'fr', targetLang: 'ar', note: 'Latin punctuation inside a Latin run' },
    ],
    notOk: [
      { source: 'Qui est responsable\u202F?', target: 'Who is responsible.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Qui est responsable\u202F?', target: 'من المسؤول?', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Des civils, des villageois et des habitants.', target: 'مدنيون, وقرويون, وسكان.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Qui est responsable ?', target: 'Who is responsible?', sourceLang: 'fr', targetLang: 'en', note: 'plain space before ? in the French source' },
      { source: 'Il a déclaré\u00A0: «\u00A0Les civils doivent être protégés\u00A0».', target: 'He said: Civilians must be protected.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Qui est responsable\u202F?', target: 'Who is responsible ?', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Des civils, des villageois.', target: 'Civilians,villagers.', sourceLang: 'fr', targetLang: 'en' },
    ],
  },
  run(pair: QaPair, ctx: QaContext): Finding[] {
    const from = langData(pair.sourceLang);
    const to = langData(pair.targetLang);
    const source = prepare(pair.source);
    const target = prepare(pair.target);
    const findings: Finding[] = [];
    const at = (folded: Folded, side: 'source' | 'target', i: number, length = 1) => ({ side, ...originalSpan(folded, i, i + length) });

    // End punctuation.
    const se = endOf(source);
    const te = endOf(target);
    const movedFullStop = (a: End, b: End): boolean => a.cls === 'none' && b.cls === 'period' && (a.closer || b.closer);
    if (se.cls !== te.cls && !movedFullStop(se, te) && !movedFullStop(te, se)) {
      const show = (e: End): string => (e.cls === 'none' ? 'no punctuation' : quote(e.text));
      findings.push(
        findingOf(punctuation, pair, `End punctuation differs: the source ends with ${show(se)}, the target with ${show(te)}`, { side: 'target', start: te.start, end: te.end }),
      );
    }

    // Spacing before high punctuation and inside guillemets.
    const sides: Array<[Folded, 'source' | 'target', LangData]> = [[target, 'target', to]];
    if (ctx.options.sourceTypography) sides.push([source, 'source', from]);
    for (const [folded, side, lang] of sides) {
      if (lang.punctuation.spaceBeforeHigh !== 'no-break') continue;
      for (const problem of frenchSpacing(folded.text)) findings.push(findingOf(punctuation, pair, problem.message, at(folded, side, problem.at)));
    }
    if (to.punctuation.spaceBeforeHigh === 'none') {
      for (const m of target.text.matchAll(/[ \u00A0\u202F\u2009]+([?!:;؟؛])/gu)) {
        const mark = m[1] ?? '';
        findings.push(findingOf(punctuation, pair, `No space before ${quote(mark)} in ${pair.targetLang}`, at(target, 'target', m.index, m[0].length)));
      }
    }

    // Arabic marks after Arabic words.
    if (to.punctuation.ownMarksOnly) {
      const own: Record<string, string> = { ',': to.punctuation.comma, ';': to.punctuation.semicolon, '?': to.punctuation.question };
      const script = new RegExp(`\\p{Script=${to.script}}`, 'u');
      for (const m of target.text.matchAll(/[,;?]/gu)) {
        const before = target.text.slice(0, m.index).replace(/[\s\u00A0)\]»”"']+$/u, '');
        const last = before.at(-1) ?? '';
        if (!script.test(last)) continue;
        const mark = m[0];
        findings.push(findingOf(punctuation, pair, `Use ${quote(own[mark] ?? mark)} instead of the Latin ${quote(mark)} in ${pair.targetLang} text`, at(target, 'target', m.index)));
      }
    }

    // Quotations, outside HTML or XML markup (`<a href="…">` is not a quotation).
    const sq = quotationMarks(withoutMarkup(source.text));
    const tq = quotationMarks(withoutMarkup(target.text));
    if (sq !== tq) {
      findings.push(findingOf(punctuation, pair, `Quotation marks differ: the source has ${sq}, the target ${tq}`, { side: 'target', start: 0, end: pair.target.length }));
    }
    for (const m of withoutMarkup(target.text).matchAll(DOUBLE_QUOTES)) {
      if (allowedQuote(to, m[0])) continue;
      const style = to.punctuation.quotes.map(([o, c]) => `${o}…${c}`).join(' or ');
      findings.push(findingOf(punctuation, pair, `Quotation mark ${quote(m[0])} is not used in ${pair.targetLang}; use ${style}`, at(target, 'target', m.index)));
    }

    // A space after a comma or semicolon (not between digits).
    const glued = /[,،;؛](?=\p{L})/gu;
    if ((source.text.match(glued)?.length ?? 0) === 0) {
      for (const m of target.text.matchAll(glued)) {
        findings.push(findingOf(punctuation, pair, `Missing space after ${quote(m[0])}`, at(target, 'target', m.index)));
      }
    }
    return findings;
  },
};
