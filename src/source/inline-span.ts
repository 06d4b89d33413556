import type { Data, Parent, PhrasingContent } from 'mdast';
import type { Options as StringifyOptions } from 'remark-stringify';
import { escapeAttributeValue } from './html-attributes.js';

/**
 * An inline `<span>` with attributes around phrasing content: what an edition uses to mark a
 * passage left in another language (`lang="fr" dir="ltr"`). Markdown has no syntax for it, so
 * it is written as inline HTML; `data.hName`/`hProperties` make mdast-util-to-hast turn it into
 * a real element rather than raw HTML.
 */
export interface InlineSpan extends Parent {
  type: 'inlineSpan';
  attributes: Record<string, string>;
  children: PhrasingContent[];
  data?: InlineSpanData;
}

interface InlineSpanData extends Data {
  hName?: string;
  hProperties?: Record<string, string>;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    inlineSpan: InlineSpan;
  }
  interface RootContentMap {
    inlineSpan: InlineSpan;
  }
}

/** Makes an {@link InlineSpan}. */
export function inlineSpan(attributes: Record<string, string>, children: PhrasingContent[] = []): InlineSpan {
  return { type: 'inlineSpan', attributes, children, data: { hName: 'span', hProperties: { ...attributes } } };
}

function openTag(attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeAttributeValue(v)}"`)
    .join('');
  return `<span${attrs}>`;
}

type Handle = NonNullable<NonNullable<StringifyOptions['handlers']>['inlineSpan']>;

/** remark-stringify handler: `<span a="b">…</span>` around the serialized children. */
export const inlineSpanHandler: Handle = (node, _parent, state, info) => {
  const span = node as InlineSpan;
  const tracker = state.createTracker(info);
  const open = openTag(span.attributes);
  let value = tracker.move(open);
  value += tracker.move(
    state.containerPhrasing(span, { before: value, after: '<', ...tracker.current() }),
  );
  value += tracker.move('</span>');
  return value;
};
