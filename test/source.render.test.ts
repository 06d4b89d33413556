import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { inlineSpan, parseSource, plainText, renderMarkdown, tokenizeTaggedText, unescapeText, escapeText } from '../src/source/index.js';

const render = (md: string, texts: Array<[number, string]>): string => renderMarkdown(md, new Map(texts)).trimEnd();

describe('renderMarkdown: translated tagged text', () => {
  const source = 'Un [lien](https://x.org) et **du gras** avec `code`.';
  const cases: Array<{ name: string; text: string; expected: string }> = [
    { name: 'tags kept in place', text: 'A <1>link</1> and <2>bold</2> with <3/>.', expected: 'A [link](https://x.org) and **bold** with `code`.' },
    { name: 'tags moved and reordered', text: '<3/> first, <2>bold</2> then the <1>link</1>', expected: '`code` first, **bold** then the [link](https://x.org)' },
    { name: 'tags nested differently', text: '<2>bold <1>link</1></2>', expected: '**bold [link](https://x.org)**' },
    { name: 'a dropped tag disappears', text: 'Only <1>link</1>.', expected: 'Only [link](https://x.org).' },
    { name: 'a repeated tag is repeated', text: '<1>a</1> <1>b</1> <3/><3/>', expected: '[a](https://x.org) [b](https://x.org) `code``code`' },
    { name: 'an unknown tag stays literal text', text: 'x <9>y</9> <7/> z', expected: 'x <9>y\\</9> <7/> z' },
    { name: 'a paired tag written standalone stays literal', text: 'x <1/> y', expected: 'x <1/> y' },
    { name: 'a standalone tag written paired stays literal', text: 'x <3>y</3>', expected: 'x <3>y\\</3>' },
    { name: 'an unclosed tag is closed at the end', text: 'x <2>bold', expected: 'x **bold**' },
    { name: 'a stray closing tag of a known tag is dropped', text: 'x </2> y <2>z</2></2>', expected: 'x  y **z**' },
    { name: 'a stray closing tag of an unknown tag stays literal', text: 'x </8> y', expected: 'x \\</8> y' },
    { name: 'overlapping tags are split', text: '<2>a <1>b</2> c</1> d', expected: '**a [b](https://x.org)**[ c](https://x.org) d' },
    { name: 'a split tag left empty is dropped', text: '<2>a <1>b</2></1> d', expected: '**a [b](https://x.org)** d' },
    { name: 'spaces inside emphasis are moved outside', text: 'x<2> bold </2>y', expected: 'x **bold** y' },
    { name: 'an empty emphasis is dropped', text: 'x <2></2>y', expected: 'x y' },
    { name: 'escapes are undone', text: 'a &lt; b &gt; c &amp; d', expected: 'a < b > c & d' },
    { name: 'a bare & is literal', text: 'AT&T &nbsp;', expected: 'AT\\&T \\&nbsp;' },
    { name: 'a literal < that could start HTML is escaped', text: 'x &lt;b&gt; y', expected: 'x \\<b> y' },
    { name: 'Markdown syntax in text stays text', text: '*not* [a](link) # x', expected: '\\*not\\* \\[a]\\(link) # x' },
    { name: 'tag with a space before the slash', text: 'x <3 /> y', expected: 'x `code` y' },
    { name: 'Arabic text', text: 'انظر <1>الرابط</1> و<2>النص</2>.', expected: 'انظر [الرابط](https://x.org) و**النص**.' },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(render(source, [[0, text]])).toBe(expected);
  });
});

describe('renderMarkdown: blocks and document', () => {
  it('keeps blocks absent from the map and everything outside blocks', () => {
    const md = '# Titre\n\n```js\nconst a = 1;\n```\n\nTexte.\n\n<div>brut</div>\n';
    expect(render(md, [[1, 'Text.']])).toBe('# Titre\n\n```js\nconst a = 1;\n```\n\nText.\n\n<div>brut</div>');
  });

  it('replaces image alt text and title from their own blocks, in every copy of the image', () => {
    const md = 'Voir ![une carte](c.png "titre") ici.';
    expect(parseSource(md).blocks.map((b) => b.text)).toEqual(['Voir <1/> ici.', 'une carte', 'titre']);
    expect(render(md, [[0, 'See <1/> here, <1/> again.'], [1, 'a map & <b>'], [2, 'title']])).toBe(
      'See ![a map & \\<b>](c.png "title") here, ![a map & \\<b>](c.png "title") again.',
    );
    expect(render(md, [[1, 'a map']])).toBe('Voir ![a map](c.png "titre") ici.');
  });

  it('replaces a link title from its own block, keeping the link', () => {
    const md = 'Voir [le site](https://x.org "Site officiel") et [là](https://y.org).';
    expect(parseSource(md).blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Voir <1>le site</1> et <2>là</2>.'],
      ['link-title', 'Site officiel'],
    ]);
    expect(render(md, [[0, 'See <1>the website</1> and <2>there</2>.'], [1, 'Official "site" & more']])).toBe(
      'See [the website](https://x.org "Official \\"site\\" & more") and [there](https://y.org).',
    );
  });

  it('replaces the title of a link definition, which every reference shows', () => {
    const md = 'Voir [Amnesty] et [AI][Amnesty].\n\n[Amnesty]: https://amnesty.org "Le site d’Amnesty"';
    expect(parseSource(md).blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Voir <1>Amnesty</1> et <2>AI</2>.'],
      ['link-title', 'Le site d’Amnesty'],
    ]);
    expect(render(md, [[1, 'Amnesty’s website']])).toBe('Voir [Amnesty] et [AI][Amnesty].\n\n[Amnesty]: https://amnesty.org "Amnesty’s website"');
  });

  it('writes a translated shortcut reference in full so that it still resolves', () => {
    const md = 'Voir [Amnesty].\n\n[Amnesty]: https://amnesty.org';
    expect(render(md, [[0, 'انظر <1>منظمة العفو</1>.']])).toBe('انظر [منظمة العفو][Amnesty].\n\n[Amnesty]: https://amnesty.org');
  });

  it('rebuilds headings, list items, quotes and table cells', () => {
    const md = '## Titre\n\n- un\n- deux\n\n> cité\n\n| a | b |\n| - | - |\n| c | d |\n';
    const texts: Array<[number, string]> = [[0, 'Title'], [1, 'one'], [2, 'two'], [3, 'quoted'], [4, 'A'], [7, 'D']];
    expect(render(md, texts)).toBe('## Title\n\n- one\n- two\n\n> quoted\n\n| A | b |\n| - | - |\n| c | D |');
  });

  it('replaces or removes the front matter on request', () => {
    const md = '---\ndate: 2017-07\nlang: fr\n---\n\nTexte.\n';
    expect(renderMarkdown(md, new Map(), { frontMatter: { lang: 'en', date: '2017-07' } })).toBe('---\nlang: en\ndate: 2017-07\n---\n\nTexte.\n');
    expect(renderMarkdown(md, new Map(), { frontMatter: {} })).toBe('Texte.\n');
    expect(renderMarkdown('Texte.', new Map(), { frontMatter: { lang: 'ar' } })).toBe('---\nlang: ar\n---\n\nTexte.\n');
  });

  it('translates the tooltip, alt text and label of inline HTML in place, escaped, other attributes kept', () => {
    const md = `L'<abbr title="Organisation des Nations unies">ONU</abbr> et l'<abbr title='Union africaine' lang=fr>UA</abbr>.\n\nUne icône <img src="a.png" alt=Alerte width="16"> ici.\n`;
    const texts: Array<[number, string]> = [
      [0, 'The <1/>UN<2/> and the <3/>AU<4/>.'],
      [1, 'United "Nations" &amp; <co>'],
      [2, 'African Union'],
      [3, 'An icon <1/> here.'],
      [4, 'Red alert'],
    ];
    expect(render(md, texts)).toBe(
      'The <abbr title="United &quot;Nations&quot; &amp; &lt;co&gt;">UN</abbr> and the <abbr title="African Union" lang=fr>AU</abbr>.\n\nAn icon <img src="a.png" alt="Red alert" width="16"> here.',
    );
    // An unchanged value keeps the tag as written.
    expect(render(md, [[2, 'Union africaine']])).toContain(`<abbr title='Union africaine' lang=fr>`);
  });

  it('translates the front matter title and summary in place, keeping the other keys, comments and layout', () => {
    const md = '---\n# Pour Hugo\ntitle: Séisme au Maroc\ntags: [Maroc, séisme]\ndescription: Le bilan.\nlang: fr\n---\n\nTexte.\n';
    const translated = new Map([
      [0, 'Earthquake in Morocco'],
      [1, 'The toll: 2,946 &amp; rising'],
    ]);
    expect(renderMarkdown(md, translated, { frontMatterSet: { lang: 'en', source: 'a.md' } })).toBe(
      '---\n# Pour Hugo\ntitle: Earthquake in Morocco\ntags: [ Maroc, séisme ]\ndescription: "The toll: 2,946 & rising"\nlang: en\nsource: a.md\n---\n\nTexte.\n',
    );
    // Unchanged values leave the front matter exactly as written.
    expect(renderMarkdown(md, new Map([[0, 'Séisme au Maroc']]))).toBe(md);
    // A replaced front matter gets a translated value only for a key it keeps.
    expect(renderMarkdown(md, translated, { frontMatter: { lang: 'en', title: 'x' } })).toBe('---\nlang: en\ntitle: Earthquake in Morocco\n---\n\nTexte.\n');
  });

  it('uses extra tags given for a block, after the block’s own tags', () => {
    const md = 'Un *mot* ici.\n\nAutre.';
    const extra = new Map<number, ReadonlyMap<number, PhrasingContent>>([
      [0, new Map<number, PhrasingContent>([[1, { type: 'inlineCode', value: 'ignored' }], [2, inlineSpan({ lang: 'fr', dir: 'ltr' })]])],
    ]);
    const out = renderMarkdown(md, new Map([[0, 'A <1>word</1> <2>Un <1>mot</1> ici.</2>'], [1, 'Other <2>x</2>']]), { extraTags: extra });
    expect(out).toBe('A *word* <span lang="fr" dir="ltr">Un *mot* ici.</span>\n\nOther <2>x\\</2>\n');
     // Attribute values are escaped as the translated attributes of inline HTML are.
    const quoted = new Map([[0, new Map<number, PhrasingContent>([[1, inlineSpan({ title: 'a "b" <c> & d' })]])]]);
    expect(renderMarkdown('Texte.', new Map([[0, '<1>Text.</1>']]), { extraTags: quoted })).toBe('<span title="a &quot;b&quot; &lt;c&gt; &amp; d">Text.</span>\n');
  });

  it('never throws on arbitrary text', () => {
    const md = 'a *b* [c](d) `e` ![f](g)';
    const nasty = ['<', '>', '</1>', '<1>', '<1></2></1>', '<0/>', '<99999999>', '&', '&lt', '<1><1><1>', '</1/>', '\n\n# x', '<4/><4/>'];
    for (const text of nasty) expect(() => renderMarkdown(md, new Map([[0, text], [1, text]]))).not.toThrow();
  });
});

describe('tagged text helpers', () => {
  it('escape and unescape are inverse', () => {
    for (const s of ['a < b', '&lt;', '<1/>', 'AT&T', '&&amp;', '']) expect(unescapeText(escapeText(s))).toBe(s);
  });

  it('tokenizes tags and text', () => {
    expect(tokenizeTaggedText('a <1>b</1> <2/> <3 /> </4/> &lt;')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'open', n: 1, raw: '<1>' },
      { type: 'text', value: 'b' },
      { type: 'close', n: 1, raw: '</1>' },
      { type: 'text', value: ' ' },
      { type: 'self', n: 2, raw: '<2/>' },
      { type: 'text', value: ' ' },
      { type: 'self', n: 3, raw: '<3 />' },
      { type: 'text', value: ' </4/> &lt;' },
    ]);
  });

  it('plainText drops tags and undoes escapes', () => {
    expect(plainText('<1>Amnesty</1> &amp; <2/>co &lt;3')).toBe('Amnesty & co <3');
  });
});
