// Block text for messages: escapes undone, tags kept as written.

import { tokenizeTaggedText, unescapeText } from '../source/index.js';

export function readable(text: string): string {
  return tokenizeTaggedText(text)
    .map((token) => (token.type === 'text' ? unescapeText(token.value) : token.raw))
    .join('');
}
