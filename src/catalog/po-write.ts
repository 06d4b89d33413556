// Writing PO and POT files. gettext-parser's compiler does the escaping and folds long strings
// the way GNU gettext does (so a file rewritten by msgmerge, Poedit or Weblate differs as little
// as possible); two details are ours: `#|` previous sources are folded like strings, and comments
// are put in the GNU order (translator, extracted, reference, flags, previous).

import { po, type GetTextComment, type GetTextTranslation } from 'gettext-parser';

/** An entry to write. */
export interface WriteEntry {
  id: string;
  msgid: string;
  msgstr: string;
  obsolete: boolean;
  translatorComments: readonly string[];
  extracted: readonly string[];
  references: readonly string[];
  flags: readonly string[];
  previousSource?: string | undefined;
}

/** A file to write: headers in the order given, header comments, entries in the order given. */
export interface WriteFile {
  headers: Readonly<Record<string, string>>;
  headerComments: readonly string[];
  entries: readonly WriteEntry[];
}

/** The text of a PO or POT file. */
export function writePoFile(file: WriteFile): string {
  const order = new Map<GetTextTranslation, number>();
  const translations: Record<string, Record<string, GetTextTranslation>> = {
    '': { '': { msgid: '', msgstr: [''], comments: comment({ translator: file.headerComments }) } },
  };
  const obsolete: Record<string, Record<string, GetTextTranslation>> = {};
  const ids = new Set<string>();
  for (const entry of file.entries) {
    // A file we write must read back: parsePo refuses a msgctxt that appears twice.
    if (ids.has(entry.id)) throw new Error(`writePoFile: segment ID ${entry.id} appears twice`);
    ids.add(entry.id);
    const translation: GetTextTranslation = {
      msgctxt: entry.id,
      msgid: entry.msgid,
      msgstr: [entry.msgstr],
      comments: comment({
        translator: entry.translatorComments,
        extracted: entry.extracted,
        reference: entry.references,
        flag: entry.flags.length ? [entry.flags.join(', ')] : [],
        previous: entry.previousSource === undefined ? [] : [previousLines(entry.previousSource)],
      }),
    };
    const section = entry.obsolete ? obsolete : translations;
    section[entry.id] = { [entry.msgid]: translation };
    order.set(translation, order.size);
  }
  const compiled = po
    .compile(
      { charset: 'utf-8', headers: { ...file.headers }, translations, obsolete },
      { sort: (a, b) => order.get(a)! - order.get(b)! },
    )
    .toString('utf8');
  return compiled.split('\n\n').map(orderComments).join('\n\n');
}

/** gettext-parser comments from lists of lines (empty lists left out). */
function comment(kinds: Partial<Record<keyof GetTextComment, readonly string[]>>): GetTextComment {
  const result: GetTextComment = {};
  for (const [kind, lines] of Object.entries(kinds) as [keyof GetTextComment, readonly string[]][]) {
    if (lines.length) result[kind] = lines.join('\n');
  }
  return result;
}

/**
 * `msgid "…"` lines for a `#|` comment, folded by the compiler itself: it folds an obsolete
 * entry for the `#~ ` prefix, which has the width of `#| `.
 */
function previousLines(source: string): string {
  const compiled = po
    .compile({ charset: 'utf-8', headers: {}, translations: {}, obsolete: { '': { [source]: { msgid: source, msgstr: [''] } } } })
    .toString('utf8');
  const block = compiled.split('\n\n').find((part) => part.startsWith('#~ msgid'))!;
  return block
    .split('\n')
    .filter((line) => line.startsWith('#~ ') && !line.startsWith('#~ msgstr'))
    .map((line) => line.slice('#~ '.length))
    .join('\n');
}

const COMMENT_RANK: readonly [RegExp, number][] = [
  [/^#\./u, 1],
  [/^#:/u, 2],
  [/^#,/u, 3],
  [/^#~?\|/u, 4],
];

/** The comment lines at the top of an entry in GNU order and form (the compiler writes `#:` before `#.`). */
function orderComments(block: string): string {
  const lines = block.split('\n');
  let end = 0;
  while (end < lines.length && lines[end]!.startsWith('#') && !lines[end]!.startsWith('#~ ')) end++;
  const rank = (line: string): number => COMMENT_RANK.find(([pattern]) => pattern.test(line))?.[1] ?? 0;
  const sorted = lines.slice(0, end).map((line, k) => ({ line, k })).sort((x, y) => rank(x.line) - rank(y.line) || x.k - y.k);
  // An empty translator comment is a bare `#` in GNU's form (the compiler leaves `# `).
  return [...sorted.map(({ line }) => (line === '# ' ? '#' : line)), ...lines.slice(end)].join('\n');
}
