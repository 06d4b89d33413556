import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { parseSource } from '../src/source/index.js';
import type { BlockKind } from '../src/types.js';

describe('parseSource: blocks', () => {
  const cases: Array<{ name: string; md: string; blocks: Array<[BlockKind, string]> }> = [
    { name: 'heading and paragraph', md: '# Titre\n\nTexte.', blocks: [['heading', 'Titre'], ['paragraph', 'Texte.']] },
    { name: 'soft line break becomes a space', md: 'un\ndeux\n   trois', blocks: [['paragraph', 'un deux trois']] },
    { name: 'paragraphs of a list item, nested items', md: '- a\n\n  b\n  - c', blocks: [['list-item', 'a'], ['list-item', 'b'], ['list-item', 'c']] },
    { name: 'quote paragraphs, heading inside a quote', md: '> # T\n>\n> q', blocks: [['heading', 'T'], ['blockquote', 'q']] },
    { name: 'list inside a quote is a list item', md: '> - i', blocks: [['list-item', 'i']] },
    { name: 'table cells, header first', md: '| a | b |\n|---|---|\n| c | d |', blocks: [['table-cell', 'a'], ['table-cell', 'b'], ['table-cell', 'c'], ['table-cell', 'd']] },
    { name: 'image alt follows its block', md: 'Voir ![une carte](c.png) ici.\n\nSuite.', blocks: [['paragraph', 'Voir <1/> ici.'], ['image-alt', 'une carte'], ['paragraph', 'Suite.']] },
    { name: 'image alone: only its alt', md: '![seule](s.png)', blocks: [['image-alt', 'seule']] },
    { name: 'an image title follows its alt', md: 'Voir ![une carte](c.png "Zones touchées").', blocks: [['paragraph', 'Voir <1/>.'], ['image-alt', 'une carte'], ['image-title', 'Zones touchées']] },
    { name: 'a link title follows its block; a link without one gives none', md: '[le site](https://x.org "Site officiel") et [là](https://y.org)', blocks: [['paragraph', '<1>le site</1> et <2>là</2>'], ['link-title', 'Site officiel']] },
    { name: 'a titled link around an image: link title, then alt, then image title (the paragraph has no text of its own)', md: '[![logo](l.png "Logo de l’ONU")](https://un.org "Site de l’ONU")', blocks: [['link-title', 'Site de l’ONU'], ['image-alt', 'logo'], ['image-title', 'Logo de l’ONU']] },
    { name: 'code, html, rule, definition: nothing', md: '```\nx\n```\n\n<div>y</div>\n\n---\n\n[d]: http://d', blocks: [] },
    { name: 'empty blocks are skipped', md: '#\n\n- \n\n| a |   |\n|---|---|\n', blocks: [['table-cell', 'a']] },
    { name: 'literal < > & are escaped', md: 'a < b > c & d', blocks: [['paragraph', 'a &lt; b &gt; c &amp; d']] },
    { name: 'text that looks like a tag is escaped', md: 'x <1> y </1> z <2/>', blocks: [['paragraph', 'x &lt;1&gt; y &lt;/1&gt; z &lt;2/&gt;']] },
    { name: 'character references are decoded, then escaped', md: '&lt;b&gt; &amp;amp; &eacute;', blocks: [['paragraph', '&lt;b&gt; &amp;amp; é']] },
  ];
  it.each(cases)('$name', ({ md, blocks }) => {
    expect(parseSource(md).blocks.map((b) => [b.kind, b.text])).toEqual(blocks);
  });

  it('reads CRLF files and a leading byte order mark like LF files', () => {
    const lf = '---\ndate: 2017-07\n---\n\n# T\n\nun\ndeux *x*\n';
    expect(parseSource(lf.replace(/\n/g, '\r\n'))).toEqual(parseSource(lf));
    expect(parseSource(`\uFEFF${lf}`)).toEqual(parseSource(lf));
  });

  it('numbers blocks from 0 and records 1-based lines, front matter included', () => {
    const doc = parseSource('---\ndate: 2017-07\n---\n\n# T\n\nP\nsuite\n\n- i\n');
    expect(doc.blocks.map((b) => [b.index, b.line])).toEqual([[0, 5], [1, 7], [2, 10]]);
  });
});

describe('parseSource: inline tags', () => {
  const cases: Array<{ md: string; text: string; tags: Array<[string, boolean, string]> }> = [
    { md: 'a *b* c', text: 'a <1>b</1> c', tags: [['emphasis', true, 'emphasis']] },
    { md: '**b**', text: '<1>b</1>', tags: [['strong', true, 'strong']] },
    { md: '~~b~~ x', text: '<1>b</1> x', tags: [['delete', true, 'strikethrough']] },
    { md: '[l](https://x.org/a "t")', text: '<1>l</1>', tags: [['link', true, 'link to https://x.org/a']] },
    { md: '[l][r]\n\n[r]: https://r.org', text: '<1>l</1>', tags: [['linkReference', true, 'link to https://r.org']] },
    { md: '[l][nowhere] x', text: '[l][nowhere] x', tags: [] },
    { md: 'run `npm install` now', text: 'run <1/> now', tags: [['inlineCode', false, 'code `npm install`']] },
    { md: 'x ![alt](i.png)', text: 'x <1/>', tags: [['image', false, 'image: alt']] },
    { md: 'x <kbd>K</kbd>', text: 'x <1/>K<2/>', tags: [['html', false, 'inline HTML <kbd>'], ['html', false, 'inline HTML </kbd>']] },
    { md: 'a\\\nb', text: 'a<1/>b', tags: [['break', false, 'line break']] },
    { md: 'a[^1]\n\n[^1]: n', text: 'a<1/>', tags: [['footnoteReference', false, 'footnote [^1]']] },
    {
      md: '**a *b [c](u) `d`***',
      text: '<1>a <2>b <3>c</3> <4/></2></1>',
      tags: [['strong', true, 'strong'], ['emphasis', true, 'emphasis'], ['link', true, 'link to u'], ['inlineCode', false, 'code `d`']],
    },
  ];
  it.each(cases)('$md', ({ md, text, tags }) => {
    const block = parseSource(md).blocks[0]!;
    expect(block.text).toBe(text);
    expect(block.tags.map((t) => [t.kind, t.paired, t.description])).toEqual(tags);
    expect(block.tags.map((t) => t.n)).toEqual(tags.map((_, i) => i + 1));
  });
});

describe('parseSource: front matter', () => {
  it('reads YAML front matter', () => {
    expect(parseSource('---\ndate: 2017-07\nlang: fr\ntags: [a, b]\n---\n\nx').meta).toEqual({
      date: '2017-07',
      lang: 'fr',
      tags: ['a', 'b'],
    });
  });

  it.each([
    ['no front matter', 'x'],
    ['empty front matter', '---\n---\n\nx'],
  ])('%s gives an empty object', (_, md) => {
    expect(parseSource(md).meta).toEqual({});
  });

  const bad: Array<{ name: string; md: string; line: number; message: RegExp }> = [
    { name: 'malformed YAML', md: '---\ndate: 2017-07\ntitle: "unclosed\n---\n\nx', line: 3, message: /malformed front matter/ },
    { name: 'bad indentation', md: '---\na: 1\nb:\n  - x\n - y\n---\n', line: 5, message: /malformed front matter/ },
    { name: 'duplicate key', md: '---\nlang: fr\nlang: en\n---\n', line: 3, message: /malformed front matter/ },
    { name: 'a list, not a mapping', md: '---\n- a\n- b\n---\n', line: 2, message: /must be a YAML mapping/ },
    { name: 'a scalar, not a mapping', md: '---\njust text\n---\n', line: 2, message: /must be a YAML mapping/ },
  ];
  it.each(bad)('$name is an InputError with file and line', ({ md, line, message }) => {
    let error: unknown;
    try {
      parseSource(md, 'source-texts/x.md');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: 'source-texts/x.md', line });
    expect((error as Error).message).toMatch(message);
  });
});
