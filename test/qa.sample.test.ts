// The project's own sample article: the lead's translations in locales/{en,ar}/mossoul-2017.po
// with locales/glossary.csv. No check may report an error on them, and defects injected into
// them (a digit, a name, a month, a tag, Arabic punctuation) must be caught.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { po } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { checkPair, extractDates, extractNumbers, parseGlossary, type Glossary } from '../src/qa/index.js';
import type { Finding } from '../src/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = 'mossoul-2017';
const LANGS = ['en', 'ar'] as const;
type Lang = (typeof LANGS)[number];

interface Segment {
  id: string;
  source: string;
  target: string;
}

function poFile(lang: Lang): string {
  return join(ROOT, 'locales', lang, `${DOC}.po`);
}

const present = LANGS.every((lang) => existsSync(poFile(lang))) && existsSync(join(ROOT, 'locales/glossary.csv'));
if (!present) console.warn(`qa.sample: locales/{en,ar}/${DOC}.po or locales/glossary.csv missing; sample tests skipped`);

/** Translated (not fuzzy, not empty) entries: msgctxt = id, msgid = French, msgstr = translation. */
function segments(lang: Lang): Segment[] {
  const parsed = po.parse(readFileSync(poFile(lang), 'utf8'));
  const out: Segment[] = [];
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      const target = entry.msgstr[0] ?? '';
      if (context === '' || entry.msgid === '' || target === '' || /\bfuzzy\b/.test(entry.comments?.flag ?? '')) continue;
      out.push({ id: context, source: entry.msgid, target });
    }
  }
  return out;
}

const glossary: Glossary | null = present ? parseGlossary(readFileSync(join(ROOT, 'locales/glossary.csv'), 'utf8'), 'locales/glossary.csv') : null;
const sample = Object.fromEntries(LANGS.map((lang) => [lang, present ? segments(lang) : []])) as Record<Lang, Segment[]>;

function check(segment: Segment, lang: Lang, target = segment.target): Finding[] {
  return checkPair({ source: segment.source, target, sourceLang: 'fr', targetLang: lang, id: segment.id }, { glossary });
}

/** The first segment for which `edit` changes the translation, with the edited translation. */
function inject(lang: Lang, edit: (s: Segment) => string | undefined): { segment: Segment; target: string } {
  for (const segment of sample[lang]) {
    const target = edit(segment);
    if (target !== undefined && target !== segment.target) return { segment, target };
  }
  throw new Error(`no ${lang} segment to inject this defect into`);
}

const MONTH_SWAP: Record<Lang, Array<[RegExp, string]>> = {
  en: [[/\bJune\b/, 'July'], [/\bOctober\b/, 'November']],
  ar: [[/حزيران\/يونيو|يونيو\/حزيران|حزيران|يونيو/, 'تموز/يوليو'], [/تشرين الأول\/أكتوبر|أكتوبر\/تشرين الأول|تشرين الأول|أكتوبر/, 'تشرين الثاني/نوفمبر']],
};

describe.skipIf(!present)(`sample article ${DOC}`, () => {
  describe.each(LANGS)('%s', (lang) => {
    it('has translated segments', () => {
      expect(sample[lang].length).toBeGreaterThan(10);
    });

    it('raises no error on any segment', () => {
      const errors = sample[lang].flatMap((s) => check(s, lang).filter((f) => f.severity === 'error').map((f) => `${s.id}: ${f.rule}: ${f.message}`));
      expect(errors).toEqual([]);
    });

    it('catches a changed digit', () => {
      const { segment, target } = inject(lang, (s) => {
        const number = extractNumbers(s.target, lang).find((n) => !n.soft && /\d/.test(n.text) && !extractDates(s.target, lang).some((d) => d.start <= n.start && n.end <= d.end));
        if (!number) return undefined;
        const digits = number.text.replace(/\d/, (d) => String((Number(d) + 1) % 10));
        return s.target.slice(0, number.start) + digits + s.target.slice(number.end);
      });
      expect(check(segment, lang, target).filter((f) => f.rule === 'number-mismatch' && f.severity === 'error')).not.toEqual([]);
    });

    it('catches a dropped name', () => {
      const { segment, target } = inject(lang, (s) => {
        for (const entry of glossary?.entries ?? []) {
          const name = (entry.terms[lang] ?? []).find((t) => /^\p{Lu}/u.test(t) || lang === 'ar');
          const french = entry.terms.fr ?? [];
          if (!name || !french.some((f) => /^\p{Lu}/u.test(f) && s.source.includes(f))) continue;
          const all = entry.terms[lang] ?? [];
          if (!all.some((t) => s.target.includes(t))) continue;
          let out = s.target;
          for (const t of [...all].sort((a, b) => b.length - a.length)) out = out.split(t).join('');
          return out;
        }
        return undefined;
      });
      expect(check(segment, lang, target).filter((f) => f.rule === 'term-mismatch' && f.severity === 'error')).not.toEqual([]);
    });

    it('catches a swapped month', () => {
      const { segment, target } = inject(lang, (s) => {
        for (const [pattern, other] of MONTH_SWAP[lang]) if (pattern.test(s.target)) return s.target.replace(pattern, other);
        return undefined;
      });
      expect(check(segment, lang, target).filter((f) => f.rule === 'date-mismatch' && f.severity === 'error')).not.toEqual([]);
    });

    it('catches a dropped tag', () => {
      const tagged = sample[lang].find((s) => /<\d+\/?>/.test(s.target));
      // The sample may have no inline markup; then a tag is added to a source word and left out of the target.
      const segment = tagged ?? (sample[lang][0] as Segment);
      const source = tagged ? segment.source : segment.source.replace(/^(\S+)/, '<1>$1</1>');
      const target = tagged ? segment.target.replace(/<\d+\/?>/, '') : segment.target;
      const found = checkPair({ source, target, sourceLang: 'fr', targetLang: lang, id: segment.id }, { glossary });
      expect(found.filter((f) => f.rule === 'tag-mismatch' && f.severity === 'error')).not.toEqual([]);
    });
  });

  it('catches Latin punctuation in Arabic (؟ → ?, or ، → ,)', () => {
    const { segment, target } = inject('ar', (s) => (s.target.includes('؟') ? s.target.replace('؟', '?') : s.target.includes('،') ? s.target.replace('،', ',') : undefined));
    expect(check(segment, 'ar', target).filter((f) => f.rule === 'punctuation' && /instead of the Latin/.test(f.message))).not.toEqual([]);
  });
});
