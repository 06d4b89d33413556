import { describe, expect, it } from 'vitest';
import { findings, type PairRow } from './fixtures/qa/helpers.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('punctuation', () => {
  const table: PairRow[] = [
    { source: `Qui est responsable${NNBSP}?`, target: 'Who is responsible?', lang: 'en', expected: null },
    { source: `Qui est responsable${NNBSP}?`, target: 'من المسؤول؟', lang: 'ar', expected: null },
    { source: `Quelle horreur${NNBSP}!`, target: 'يا للهول!', lang: 'ar', expected: null },
    { source: `Qui est responsable${NNBSP}?!`, target: 'Who is responsible?', lang: 'en', expected: null },
    { source: `Il a déclaré${NBSP}: «${NBSP}Les civils doivent être protégés${NBSP}».`, target: 'He said: “Civilians must be protected.”', lang: 'en', expected: null },
    { source: `Il a déclaré${NBSP}: «${NBSP}Les civils doivent être protégés${NBSP}».`, target: 'وقال: «يجب حماية المدنيين».', lang: 'ar', expected: null },
    { source: `«${NBSP}Les civils doivent être protégés${NBSP}»`, target: '“Civilians must be protected.”', lang: 'en', expected: null },
    { source: 'Des civils, des villageois et des habitants.', target: 'مدنيون، وقرويون، وسكان.', lang: 'ar', expected: null },
    { source: 'Des civils ; des villageois.', target: 'Civilians; villagers.', lang: 'en', expected: /no-break space/ },
    { source: 'Un rapport publié par AI.', target: 'تقرير نشرته منظمة العفو الدولية (Amnesty International, London).', lang: 'ar', expected: null },
    { source: 'Quelque 1 500 soldats.', target: 'نحو 1,500 جندي.', lang: 'ar', expected: null },
    { source: `Rendez-vous à 10 h 30${NBSP}: tout le monde.`, target: 'Meeting at 10:30: everyone.', lang: 'en', expected: null },
    { source: 'Voir https://www.amnesty.org/fr/.', target: 'See https://www.amnesty.org/en/.', lang: 'en', expected: null },
    { source: 'La vieille ville de Mossoul', target: 'The Old City of Mosul', lang: 'en', expected: null },
    { source: 'Les maisons des Irakiens.', target: 'The Iraqis’ homes.', lang: 'en', expected: null },
    // End punctuation.
    { source: `Qui est responsable${NNBSP}?`, target: 'Who is responsible.', lang: 'en', expected: /End punctuation differs: the source ends with `\?`, the target with `\.`/ },
    { source: 'Des civils ont été tués.', target: 'Civilians were killed', lang: 'en', expected: /the source ends with `\.`, the target with no punctuation/ },
    { source: 'La vieille ville de Mossoul', target: 'The Old City of Mosul!', lang: 'en', expected: /End punctuation/ },
    // Arabic punctuation.
    { source: `Qui est responsable${NNBSP}?`, target: 'من المسؤول?', lang: 'ar', expected: /Use `؟` instead of the Latin `\?` in ar text/, span: '?' },
    { source: 'Des civils, des villageois et des habitants.', target: 'مدنيون, وقرويون, وسكان.', lang: 'ar', expected: /Use `،` instead of the Latin `,`/ },
    { source: 'Des civils ; des villageois.', target: 'مدنيون; قرويون.', lang: 'ar', expected: /Use `؛` instead of the Latin `;`/ },
    // Spacing.
    { source: `Qui est responsable${NNBSP}?`, target: 'Who is responsible ?', lang: 'en', expected: /No space before `\?` in en/ },
    { source: `Qui est responsable${NNBSP}?`, target: 'من المسؤول ؟', lang: 'ar', expected: /No space before `؟` in ar/ },
    { source: 'Des civils, des villageois.', target: 'Civilians,villagers.', lang: 'en', expected: /Missing space after `,`/ },
    // Quotations.
    { source: `Il a déclaré${NBSP}: «${NBSP}Les civils doivent être protégés${NBSP}».`, target: 'He said: Civilians must be protected.', lang: 'en', expected: /Quotation marks differ: the source has 2, the target 0/ },
    { source: `Il a déclaré${NBSP}: «${NBSP}Les civils doivent être protégés${NBSP}».`, target: 'He said: «Civilians must be protected».', lang: 'en', expected: /Quotation mark `«` is not used in en; use “…” or "…"/ },
  ];
  it.each(table)('$lang: $target', ({ source, target, lang, expected, span }) => {
    const found = findings('punctuation', source, target, lang);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => f.message).join('\n')).toMatch(expected);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    if (span) expect(found[0]?.span).toMatchObject({ side: 'target', text: span });
  });

  describe('French typography of the source', () => {
    const rows: Array<{ source: string; expected: RegExp | null }> = [
      { source: `Qui${NNBSP}? Lui${NBSP}! Ceci${NBSP}: cela${NNBSP}; «${NBSP}fin${NBSP}».`, expected: null },
      { source: 'Qui ? Personne.', expected: /use a no-break space \(U\+00A0 or U\+202F\) before `\?`, not a plain space/ },
      { source: 'Qui? Personne.', expected: /a no-break space \(U\+00A0 or U\+202F\) is expected before `\?`/ },
      { source: '«utilisaient des boucliers humains».', expected: /expected after `«`[^]*expected before `»`|expected before `»`[^]*expected after `«`/ },
      { source: 'Il a dit : non.', expected: /before `:`, not a plain space/ },
    ];
    it.each(rows)('$source', ({ source, expected }) => {
      const found = findings('punctuation', source, 'He said no.', 'en').filter((f) => f.span?.side === 'source');
      if (expected === null) expect(found).toEqual([]);
      else expect(found.map((f) => f.message).join('\n')).toMatch(expected);
    });

    it('can be left to the source editor', () => {
      expect(findings('punctuation', 'Qui ? Personne.', 'Who? Nobody.', 'en', { options: { sourceTypography: false } })).toEqual([]);
    });

    it('applies to a French target too', () => {
      const found = findings('punctuation', 'Who is responsible?', 'Qui est responsable?', 'fr', { sourceLang: 'en' });
      expect(found.map((f) => f.message)).toEqual(['French typography: a no-break space (U+00A0 or U+202F) is expected before `?`']);
      expect(found[0]?.span).toMatchObject({ side: 'target', text: '?' });
    });
  });
});
