import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { buildEdition, findLatinRuns, textDirection, type EditionInput } from '../src/build/index.js';
import { parseSource } from '../src/source/index.js';
import type { CatalogEntry } from '../src/types.js';

/** An edition of `markdown` whose every block is one segment, translated by `texts` (in block order). */
function page(markdown: string, texts: string[], over: Partial<EditionInput> = {}): string {
  const blocks = parseSource(markdown).blocks;
  const segments: CatalogEntry[] = blocks.map((b) => ({ id: `s-${b.index}`, block: b.index, index: 0, kind: b.kind, text: b.text, line: b.line, tags: b.tags }));
  const translations = new Map(texts.map((t, i) => [`s-${i}`, t]));
  return buildEdition({ doc: 'doc', lang: 'ar', sourceLang: 'fr', markdown, segments, translations, ...over }).html;
}

/** The HTML between <article> and </article>. */
const article = (html: string): string => html.slice(html.indexOf('<article>'), html.indexOf('</article>'));

describe('edition HTML: language and direction', () => {
  const langs: Array<[string, 'ltr' | 'rtl']> = [
    ['en', 'ltr'], ['fr', 'ltr'], ['ar', 'rtl'], ['ar-EG', 'rtl'], ['fa', 'rtl'], ['he', 'rtl'], ['ur', 'rtl'], ['az-Arab', 'rtl'], ['uz-Latn', 'ltr'], ['zh-Hant', 'ltr'],
  ];
  it.each(langs)('%s is %s', (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
    expect(page('Texte.', ['Text.'], { lang })).toContain(`<html lang="${lang}" dir="${dir}">`);
  });

  it('is a complete, well-formed page', () => {
    const html = page('# Titre\n\nTexte *mis en avant*.\n\n| a |\n| - |\n| b |\n', ['العنوان', 'نص <1>بارز</1>.', 'أ', 'ب']);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8" />')).toBe(true);
    expect(html).toContain('<title>العنوان</title>');
    expect(html).toMatch(/<style>[^<]*text-align: start[^<]*<\/style>/);
    expect(html).toMatch(/<style>[^<]*border-inline-start/);
    expect(html).toContain('<article>\n<h1>العنوان</h1>\n');
    const parser = new SaxesParser();
    const open: string[] = [];
    parser.on('opentag', (tag) => open.push(tag.name));
    parser.write(html).close();
    expect(open.slice(0, 6)).toEqual(['html', 'head', 'meta', 'meta', 'title', 'style']);
    expect(open).toContain('article');
  });

  it.each([
    ['the first level-1 heading', '## Section\n\nUne phrase. Une autre.\n\n# Titre\n', ['قسم', 'جملة. جملة أخرى.', 'العنوان'], 'العنوان'],
    ['else the first sentence, without tags', 'Une *phrase*.\n', ['جملة <1>أولى</1> &amp; أخيرة.'], 'جملة أولى &#x26; أخيرة.'],
  ])('the title is %s', (_, md, texts, title) => {
    expect(page(md, texts)).toContain(`<title>${title}</title>`);
  });
});

describe('edition HTML: isolating Latin runs in right-to-left editions', () => {
  const runs: Array<[string, string[]]> = [
    ['أفادت منظمة Amnesty International (AI) بأن', ['Amnesty International (AI)']],
    ['قالت Lynn Maalouf، مديرة البحوث', ['Lynn Maalouf']],
    ['قُتل 426 مدنياً في 2017', []],
    ['انظر https://www.amnesty.org/en/ الآن.', ['https://www.amnesty.org/en/']],
    ['منظمة (AI) و(Amnesty', ['(AI)', 'Amnesty']],
    ['طائرة Airbus A320 200 مقعد', ['Airbus A320']],
    ['فيروس COVID-19 انتشر', ['COVID-19']],
    ['تنظيم Daech.', ['Daech']],
    ['Windows 10 Pro.', ['Windows 10 Pro']],
    ['«Mossoul» المدينة', ['Mossoul']],
    // Digit groups split by a plain space would read in reverse; no-break spaces join them already.
    ['نحو 1 500 شخص', ['1 500']],
    ['نحو 1\u00A0500 شخص', []],
    ['بلغت 12 345 678 دولاراً', ['12 345 678']],
    ['في 2017 450 مدنياً', []],
  ];
  it.each(runs)('findLatinRuns(%j)', (text, expected) => {
    expect(findLatinRuns(text).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });

  it('wraps Latin runs of Arabic text in <bdi>, not numbers, code or other-language spans', () => {
    const md = 'Selon [Amnesty](https://amnesty.org), 426 civils. Deuxième phrase en `code Latin`.\n';
    const blocks = parseSource(md).blocks;
    const segments: CatalogEntry[] = [
      { id: 's-a', block: 0, index: 0, kind: 'paragraph', text: 'Selon <1>Amnesty</1>, 426 civils.', line: 1, tags: [] },
      { id: 's-b', block: 0, index: 1, kind: 'paragraph', text: 'Deuxième phrase en <2/>.', line: 1, tags: [] },
    ];
    expect(blocks[0]!.text).toBe('Selon <1>Amnesty</1>, 426 civils. Deuxième phrase en <2/>.');
    const html = buildEdition({
      doc: 'doc', lang: 'ar', sourceLang: 'fr', markdown: md, segments,
      translations: new Map([['s-a', 'حسب منظمة <1>Amnesty International</1> (AI)، قُتل 426 مدنياً.']]),
      allowIncomplete: true,
    }).html;
    expect(article(html)).toContain(
      '<p>حسب منظمة <a href="https://amnesty.org"><bdi>Amnesty International</bdi></a> <bdi>(AI)</bdi>، قُتل 426 مدنياً. ' +
        '<span lang="fr" dir="ltr">Deuxième phrase en <code>code Latin</code>.</span></p>',
    );
  });

  it('does not isolate anything in a left-to-right edition', () => {
    const html = page('Texte.\n', ['Amnesty International (AI) said 426.'], { lang: 'en' });
    expect(html).not.toContain('<bdi>');
    expect(article(html)).toContain('<p>Amnesty International (AI) said 426.</p>');
  });
});

describe('edition HTML: escaping', () => {
  it('translated text is text, never markup', () => {
    const html = page('Texte.\n', ['Text &lt;script&gt;alert(1)&lt;/script&gt; <script>x</script> & "quote"'], { lang: 'en' });
    expect(article(html)).toContain('<p>Text &#x3C;script>alert(1)&#x3C;/script> &#x3C;script>x&#x3C;/script> &#x26; "quote"</p>');
    expect(html).not.toContain('<script');
  });

  it('the source’s own HTML passes through, its tooltip translated', () => {
    const md = 'Selon <abbr title="Organisation non gouvernementale">ONG</abbr>.\n\n<div class="encadre">Encadré</div>\n';
    const html = page(md, ['حسب <1/>المنظمة<2/>.', 'منظمة غير حكومية']);
    expect(article(html)).toContain('<p>حسب <abbr title="منظمة غير حكومية">المنظمة</abbr>.</p>\n<div class="encadre">Encadré</div>');
  });

  it('isolates a Latin run in an attribute with the controls, where <bdi> cannot go', () => {
    const md = 'Selon <abbr title="Amnesty International">AI</abbr>.\n';
    const html = page(md, ['حسب <1/>AI<2/>.', 'منظمة Amnesty International']);
    expect(article(html)).toContain('<p>حسب <abbr title="منظمة \u2066Amnesty International\u2069"><bdi>AI</bdi></abbr>.</p>');
  });

  it('attribute values and the title are escaped', () => {
    const html = page('# Titre\n\n![alt](i.png)\n', ['"عنوان" <b> & </b>', 'بديل "مقتبس" & <ص>']);
    expect(html).toContain('<title>"عنوان" &#x3C;b> &#x26; &#x3C;/b></title>');
    expect(html).toContain('alt="بديل &#x22;مقتبس&#x22; &#x26; <ص>"');
  });
});
