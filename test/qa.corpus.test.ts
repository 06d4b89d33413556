// The sample article translated into English and Arabic for the tests (fixtures/qa/mossoul-pairs.json,
// with fixtures/qa/glossary.csv): good translations raise no error and no warning beyond the
// French source's own typography; each kind of defect injected into them is caught.
import { describe, expect, it } from 'vitest';
import { checkPair } from '../src/qa/index.js';
import type { Finding } from '../src/types.js';
import { ARTICLE, GLOSSARY, type ArticlePair } from './fixtures/qa/helpers.js';

const LANGS = ['en', 'ar'] as const;

function check(pair: ArticlePair, lang: (typeof LANGS)[number], target = pair[lang], source = pair.fr): Finding[] {
  return checkPair({ source, target, sourceLang: 'fr', targetLang: lang, id: pair.id }, { glossary: GLOSSARY });
}

function byId(id: string): ArticlePair {
  const pair = ARTICLE.find((p) => p.id === id);
  if (!pair) throw new Error(`no pair ${id}`);
  return pair;
}

describe('good translations of the sample article', () => {
  it.each(ARTICLE.flatMap((p) => LANGS.map((lang) => [p.id, lang, p] as const)))('%s %s: no finding on the translation', (_, lang, pair) => {
    const found = check(pair, lang).filter((f) => f.span?.side !== 'source' || !f.message.startsWith('French typography'));
    expect(found).toEqual([]);
  });

  it('reports the French source’s missing no-break spaces inside « » as warnings on the source', () => {
    const found = check(byId('s-2'), 'en');
    expect(found.map((f) => [f.severity, f.span?.side, f.span?.text])).toEqual([
      ['warning', 'source', '»'],
      ['warning', 'source', '«'],
    ]);
  });
});

describe('defects injected into good translations are caught', () => {
  const defects: Array<{ name: string; id: string; lang: 'en' | 'ar'; edit: (t: string) => string; rule: string; severity: 'error' | 'warning'; message: RegExp }> = [
    { name: 'a digit changed', id: 's-8', lang: 'en', edit: (t) => t.replace('426', '425'), rule: 'number-mismatch', severity: 'error', message: /`425`.*expected `426`/ },
    { name: 'a digit changed', id: 's-8', lang: 'ar', edit: (t) => t.replace('150', '15'), rule: 'number-mismatch', severity: 'error', message: /`15`.*expected `150`/ },
    { name: 'a number dropped', id: 's-8', lang: 'ar', edit: (t) => t.replace(' 45 ', ' '), rule: 'number-mismatch', severity: 'error', message: /Missing number `45`/ },
    { name: 'Arabic-Indic digits changed', id: 's-8', lang: 'ar', edit: (t) => t.replace('426', '٤٦٢'), rule: 'number-mismatch', severity: 'error', message: /`٤٦٢` \(462\)/ },
    { name: 'a name dropped', id: 's-9', lang: 'en', edit: (t) => t.replace('Lynn Maalouf, ', ''), rule: 'term-mismatch', severity: 'error', message: /`Lynn Maalouf`/ },
    { name: 'a name dropped', id: 's-9', lang: 'ar', edit: (t) => t.replace('لين معلوف، ', ''), rule: 'term-mismatch', severity: 'error', message: /`Lynn Maalouf`/ },
    { name: 'a glossary term mistranslated', id: 's-12', lang: 'en', edit: (t) => t.replace('Iraqi army', 'Kurdish army'), rule: 'term-mismatch', severity: 'error', message: /`armée irakienne`/ },
    { name: 'a month swapped', id: 's-12', lang: 'en', edit: (t) => t.replace('June', 'July'), rule: 'date-mismatch', severity: 'error', message: /2017-07-18.*expected.*2017-06-18/ },
    { name: 'a month swapped', id: 's-12', lang: 'ar', edit: (t) => t.replace('حزيران/يونيو', 'تموز/يوليو'), rule: 'date-mismatch', severity: 'error', message: /2017-07-18/ },
    { name: 'one of two month names swapped', id: 's-10', lang: 'ar', edit: (t) => t.replace('أكتوبر', 'نوفمبر'), rule: 'date-mismatch', severity: 'error', message: /Month names disagree/ },
    { name: 'a year changed', id: 's-10', lang: 'en', edit: (t) => t.replace('2016', '2015'), rule: 'date-mismatch', severity: 'error', message: /2015-10.*expected.*2016-10/ },
    { name: 'Arabic comma written as a Latin comma', id: 's-3', lang: 'ar', edit: (t) => t.replace('ذلك، ', 'ذلك, '), rule: 'punctuation', severity: 'warning', message: /Use `،` instead of the Latin `,`/ },
    { name: 'the French copied untranslated', id: 's-5', lang: 'en', edit: () => byId('s-5').fr, rule: 'same-as-source', severity: 'warning', message: /identical/ },
    { name: 'an override control pasted in', id: 's-8', lang: 'ar', edit: (t) => t.replace('426', '\u202E426\u202C'), rule: 'bidi', severity: 'error', message: /RLO/ },
  ];
  it.each(defects)('$id $lang: $name', ({ id, lang, edit, rule, severity, message }) => {
    const pair = byId(id);
    const target = edit(pair[lang]);
    expect(target).not.toBe(pair[lang]);
    const found = check(pair, lang, target).filter((f) => f.rule === rule);
    expect(found.map((f) => f.message).join('\n')).toMatch(message);
    expect(found.map((f) => f.severity)).toContain(severity);
  });

  it('catches a dropped inline tag', () => {
    const pair = byId('s-1');
    const source = pair.fr.replace('Amnesty International', '<1>Amnesty International</1>');
    const good = pair.en.replace('Amnesty International', '<1>Amnesty International</1>');
    expect(check(pair, 'en', good, source)).toEqual([]);
    expect(check(pair, 'en', pair.en, source).map((f) => f.message)).toEqual(['Missing tag `<1>` in target', 'Missing tag `</1>` in target']);
  });

  it('catches a Latin question mark in Arabic', () => {
    const pair = { id: 's-q', fr: 'Qui est responsable de ces pertes\u202F?', en: 'Who is responsible for these losses?', ar: 'من المسؤول عن هذه الخسائر؟' };
    expect(check(pair, 'ar')).toEqual([]);
    expect(check(pair, 'ar', pair.ar.replace('؟', '?')).map((f) => f.message)).toEqual(['Use `؟` instead of the Latin `?` in ar text']);
  });
});
