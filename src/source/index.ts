// Markdown source ↔ translatable blocks with numbered inline tags.
export { parseSource } from './parse-source.js';
export { renderMarkdown, rebuildTree, type RenderOptions } from './render-markdown.js';
export { parseMarkdown, stringifyMarkdown } from './markdown.js';
export { escapeText, unescapeText } from './escape.js';
export { tokenizeTaggedText, plainText, type TaggedToken } from './tagged-text.js';
export { inlineSpan, type InlineSpan } from './inline-span.js';
