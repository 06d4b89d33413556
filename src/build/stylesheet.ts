// The built-in stylesheet of an edition page: a readable news column. Only logical properties
// (inline/block, start/end) are used, so the same rules serve left-to-right and right-to-left
// editions. It avoids `<`, `>` and `&` so that the page stays well-formed XML as well.
export const ARTICLE_STYLESHEET = `
:root { color-scheme: light dark; }
body { margin: 0; font-family: Georgia, "Noto Serif", "Noto Naskh Arabic", "Times New Roman", serif; font-size: 1.125rem; line-height: 1.6; }
[dir="rtl"] body { line-height: 1.9; }
article { max-inline-size: 40rem; margin-inline: auto; padding-block: 2rem; padding-inline: 1.25rem; text-align: start; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin-block: 1.5em 0.5em; }
p, ul, ol, blockquote, table { margin-block: 0 1em; }
.dateline { color: GrayText; font-size: 0.9em; margin-block-end: 1.5em; }
blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 0.2em solid currentColor; }
ul, ol { padding-inline-start: 1.5em; }
img { max-inline-size: 100%; block-size: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid GrayText; padding-block: 0.25em; padding-inline: 0.5em; text-align: start; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
code { direction: ltr; unicode-bidi: isolate; }
pre { direction: ltr; text-align: start; overflow-x: auto; }
`;
