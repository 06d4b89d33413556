import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Dateline } from './dateline.js';
import type { TextDirection } from './direction.js';
import { FOOTNOTE_LABELS } from './footnote-labels.js';
import { renderHtmlPage } from './html-page.js';
import { rehypeIsolateLatin } from './isolate-latin.js';

export interface EditionHtmlInput {
  /** The edition's mdast (translated texts in place). */
  tree: MdastRoot;
  lang: string;
  dir: TextDirection;
  title: string;
  dateline?: Dateline | undefined;
}

/** The HTML page of an edition; in right-to-left editions Latin runs are isolated in `<bdi>`. */
export function renderEditionHtml({ tree, lang, dir, title, dateline }: EditionHtmlInput): string {
  const labels = FOOTNOTE_LABELS[new Intl.Locale(lang).language] ?? FOOTNOTE_LABELS.en!;
  // allowDangerousHtml only lets through the source's own HTML: translated text is decoded into
  // text nodes, never into html nodes.
  const base = unified().use(remarkRehype, {
    allowDangerousHtml: true,
    footnoteLabel: labels.label,
    footnoteBackLabel: labels.backLabel,
  });
  const processor = dir === 'rtl' ? base.use(rehypeIsolateLatin) : base;
  const body = processor.runSync(tree) as HastRoot;
  return renderHtmlPage({ lang, dir, title, dateline, body });
}
