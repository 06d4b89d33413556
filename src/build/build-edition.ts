import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseSource, plainText, rebuildTree, stringifyMarkdown } from '../source/index.js';
import type { Block, CatalogEntry } from '../types.js';
import { composeTexts } from './compose-texts.js';
import { formatDateline } from './dateline.js';
import { textDirection } from './direction.js';
import { renderEditionHtml } from './edition-html.js';
import { IncompleteEditionError } from './errors.js';
import { editionBundle, type I18nextBundle } from './i18next-bundle.js';
import { isolateLatinPlainTexts, isolateLatinMarkdown, isolateLatinValues } from './isolate-plain.js';

export interface EditionInput {
  /** Document name, e.g. `mossoul-2017`. */
  doc: string;
  /** Edition language, e.g. `en` or `ar`. */
  lang: string;
  /** Source language, e.g. `fr`. */
  sourceLang: string;
  /** The source `.md` file content. */
  markdown: string;
  /** Catalog entries of the document, in document order. */
  segments: readonly CatalogEntry[];
  /** Segment ID → publishable translation. */
  translations: ReadonlyMap<string, string>;
  /** Use the source segment, marked with its language, where a translation is missing. */
  allowIncomplete?: boolean;
  /** Numbering system of the dateline digits (`latn`, `arab`…); default `latn`. */
  numberingSystem?: string;
  /** Locale of the dateline (`en-GB`: "6 March 2024"); default: the edition language. */
  dateLocale?: string;
}

export interface Edition {
  markdown: string;
  html: string;
  /** i18next JSON v4 resource: segment ID → translation (tags kept). */
  bundle: I18nextBundle;
  /** Segments published in the source language, in document order. */
  fallbackIds: string[];
}

/**
 * Builds one language edition of a document: Markdown (the source's front matter with `lang`,
 * `source` and `sourceLang`, its title and summary translated), a complete HTML page and an
 * i18next bundle. Throws {@link IncompleteEditionError} when translations are missing and
 * `allowIncomplete` is not set, `StaleCatalogError` when the segments do not match the source,
 * and `InputError` for bad input (front matter, date, language tag).
 */
export function buildEdition(input: EditionInput): Edition {
  const { doc, lang, sourceLang, markdown, segments, translations } = input;
  const file = `${doc}.md`;
  const source = parseSource(markdown, file);
  const dir = textDirection(lang);
  const composed = composeTexts({
    doc,
    blocks: source.blocks,
    segments,
    translations,
    sourceLang,
    sourceDir: textDirection(sourceLang),
  });
  if (composed.missing.length > 0 && !input.allowIncomplete) {
    throw new IncompleteEditionError(doc, lang, composed.missing);
  }

  // The source's front matter as written (a site generator's author, tags, slug…, comments
  // too), with the edition's language, and where it comes from unless the article already says
  // (`source: AFP`). Titles and summaries are translated (rebuildTree).
  const frontMatterSet: Record<string, unknown> = { lang };
  if (!Object.hasOwn(source.meta, 'source')) frontMatterSet.source = file;
  if (!Object.hasOwn(source.meta, 'sourceLang')) frontMatterSet.sourceLang = sourceLang;
  // Right-to-left editions isolate Latin runs: with <bdi> in HTML, with LRI…PDI in plain text.
  const rtl = dir === 'rtl';
  const texts = rtl ? isolateLatinPlainTexts(composed.texts, source.blocks) : composed.texts;
  const tree = rebuildTree(markdown, texts, { frontMatterSet, extraTags: composed.extraTags });
  const dateline = formatDateline(source.meta.date, input.dateLocale ?? lang, input.numberingSystem ?? 'latn', {
    file,
    line: frontMatterLine(markdown, 'date'),
  });

  const bundle = editionBundle(segments, translations);
  return {
    markdown: stringifyMarkdown(rtl ? isolateLatinMarkdown(tree) : tree),
    html: renderEditionHtml({ tree, lang, dir, title: pageTitle(tree, texts, source.blocks, input), dateline }),
    bundle: rtl ? isolateLatinValues(bundle) : bundle,
    fallbackIds: composed.missing,
  };
}

// The page title: the front matter's title (translated), else the headline (first level-1
// heading), else the edition's first sentence.
function pageTitle(tree: Root, texts: ReadonlyMap<number, string>, blocks: readonly Block[], input: EditionInput): string {
  const title = blocks.find((b) => b.kind === 'front-matter-title');
  const translated = title && texts.get(title.index);
  if (translated) return plainText(translated).trim();
  const headline = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (headline) return toString(headline, { includeHtml: false }).trim();
  const first = input.segments[0];
  if (!first) return input.doc;
  const translation = input.translations.get(first.id)?.trim();
  return plainText(translation || first.text).trim();
}

// The 1-based line of a top-level front matter key, to point at a bad value.
function frontMatterLine(markdown: string, key: string): number | undefined {
  const lines = markdown.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    if (lines[i]!.startsWith(`${key}:`)) return i + 1;
  }
  return undefined;
}
