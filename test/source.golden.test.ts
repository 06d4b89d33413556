// Golden round trips: every fixture in test/fixtures/markdown/ is parsed into blocks (compared
// with <case>.blocks.json, regenerated when missing or with UPDATE=1), then rebuilt from its own
// block texts and from transformed texts, and the Markdown structure is compared.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { FRONT_MATTER_TEXT_KEYS } from '../src/types.js';
import { textAttributes, withAttribute } from '../src/source/html-attributes.js';
import { escapeText, parseMarkdown, parseSource, renderMarkdown, tokenizeTaggedText, unescapeText } from '../src/source/index.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'markdown');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -'.md'.length))
  .sort();

/** The tree without positions, with whitespace runs in text collapsed (soft breaks become spaces). */
function shape(tree: Root): unknown {
  return JSON.parse(
    JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)),
    function (this: Record<string, unknown>, key, value: unknown) {
      if (key === 'value' && this.type === 'text' && typeof value === 'string') return value.replace(/\s+/g, ' ');
      // Front matter by content: a rewritten value may be laid out otherwise.
      if (key === 'value' && this.type === 'yaml' && typeof value === 'string') return YAML.parse(value) as unknown;
      return value;
    },
  );
}

/** Applies `f` to the literal text of block text, leaving tags and escapes intact. */
function mapLiteral(text: string, f: (s: string) => string): string {
  return tokenizeTaggedText(text)
    .map((t) => (t.type === 'text' ? escapeText(f(unescapeText(t.value))) : t.raw))
    .join('');
}

function upperTree(tree: Root): Root {
  const visit = (node: Nodes): void => {
    if (node.type === 'text') node.value = node.value.toUpperCase();
    // So are the tooltips, alt text and labels of inline HTML (exact output: source.render.test.ts).
    if (node.type === 'html') {
      for (const { name, value } of textAttributes(node.value)) node.value = withAttribute(node.value, name, value.replace(/\s+/g, ' ').trim().toUpperCase());
    }
    // The front matter's title and summary are blocks (as one line, like any block text).
    if (node.type === 'yaml') {
      const meta = YAML.parse(node.value) as Record<string, unknown>;
      for (const key of FRONT_MATTER_TEXT_KEYS) {
        const value = meta[key];
        if (typeof value === 'string') meta[key] = value.replace(/\s+/g, ' ').trim().toUpperCase();
      }
      node.value = YAML.stringify(meta);
    }
    if ((node.type === 'image' || node.type === 'imageReference') && node.alt) node.alt = node.alt.toUpperCase();
    // Titles of images, links and link definitions are blocks too.
    if ((node.type === 'image' || node.type === 'link' || node.type === 'definition') && node.title) node.title = node.title.toUpperCase();
    // A shortcut or collapsed reference whose text changed must be written in full to resolve.
    if (node.type === 'linkReference' && node.referenceType !== 'full') node.referenceType = 'full';
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return tree;
}

describe('golden Markdown fixtures', () => {
  it('covers every block kind and inline tag kind', () => {
    const kinds = new Set<string>();
    const tagKinds = new Set<string>();
    for (const name of cases) {
      for (const block of parseSource(readFileSync(path.join(dir, `${name}.md`), 'utf8')).blocks) {
        kinds.add(block.kind);
        for (const tag of block.tags) tagKinds.add(tag.kind);
      }
    }
    expect([...kinds].sort()).toEqual([
      'blockquote',
      'front-matter-description',
      'front-matter-subtitle',
      'front-matter-summary',
      'front-matter-title',
      'heading',
      'html-alt',
      'html-aria-label',
      'html-title',
      'image-alt',
      'image-title',
      'link-title',
      'list-item',
      'paragraph',
      'table-cell',
    ]);
    expect([...tagKinds].sort()).toEqual(
      ['break', 'delete', 'emphasis', 'footnoteReference', 'html', 'image', 'imageReference', 'inlineCode', 'link', 'linkReference', 'strong'],
    );
  });

  describe.each(cases)('%s', (name) => {
    const markdown = readFileSync(path.join(dir, `${name}.md`), 'utf8');
    const doc = parseSource(markdown, `${name}.md`);

    it('parses into the expected blocks', () => {
      const goldenPath = path.join(dir, `${name}.blocks.json`);
      if (process.env.UPDATE === '1' || !existsSync(goldenPath)) {
        writeFileSync(goldenPath, `${JSON.stringify(doc, null, 2)}\n`);
      }
      expect(doc).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    });

    it('rebuilds the same structure from its own block texts', () => {
      const texts = new Map(doc.blocks.map((b) => [b.index, b.text]));
      const rebuilt = renderMarkdown(markdown, texts);
      expect(shape(parseMarkdown(rebuilt))).toEqual(shape(parseMarkdown(markdown)));
      // Stable: rendering the rendered output changes nothing.
      expect(renderMarkdown(rebuilt, new Map())).toBe(rebuilt);
    });

    it('rebuilds with uppercased texts: same structure, text uppercased, tags kept', () => {
      const texts = new Map(doc.blocks.map((b) => [b.index, mapLiteral(b.text, (s) => s.toUpperCase())]));
      const rebuilt = renderMarkdown(markdown, texts);
      expect(shape(parseMarkdown(rebuilt))).toEqual(shape(upperTree(parseMarkdown(markdown))));
    });
  });
});
