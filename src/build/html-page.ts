import type { ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Dateline } from './dateline.js';
import type { TextDirection } from './direction.js';
import { ARTICLE_STYLESHEET } from './stylesheet.js';

export interface HtmlPageInput {
  lang: string;
  dir: TextDirection;
  title: string;
  dateline?: Dateline | undefined;
  /** The article body, already converted to hast. */
  body: Root;
}

const stringifier = unified()
  // Void elements are closed (`<meta … />`) so the page is also well-formed XML; raw nodes are
  // the source's own HTML blocks and inline HTML (translated text never becomes raw HTML).
  .use(rehypeStringify, { allowDangerousHtml: true, closeSelfClosing: true, upperDoctype: true })
  .freeze();

/** A complete HTML page around an article body: doctype, `lang`/`dir`, title, stylesheet, dateline. */
export function renderHtmlPage({ lang, dir, title, dateline, body }: HtmlPageInput): string {
  const content = body.children.filter((n): n is ElementContent => n.type !== 'doctype');
  const article = h('article', lines(withDateline(content, dateline)));
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      text('\n'),
      h('html', { lang, dir }, [
        text('\n'),
        h('head', lines([
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('style', ARTICLE_STYLESHEET),
        ])),
        text('\n'),
        h('body', lines([article])),
        text('\n'),
      ]),
      text('\n'),
    ],
  };
  return stringifier.stringify(page);
}

// A news page shows its dateline under the headline, or first when there is none.
function withDateline(content: ElementContent[], dateline: Dateline | undefined): ElementContent[] {
  if (!dateline) return content;
  const p = h('p', { className: ['dateline'] }, [h('time', { dateTime: dateline.datetime }, dateline.text)]);
  const blocks = content.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  const first = blocks[0];
  if (first?.type === 'element' && first.tagName === 'h1') return [first, p, ...blocks.slice(1)];
  return [p, ...blocks];
}

function lines(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [text('\n')];
  for (const child of children) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    out.push(child, text('\n'));
  }
  return out;
}

function text(value: string): ElementContent & RootContent {
  return { type: 'text', value };
}
