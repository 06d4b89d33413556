// The glossary CSV: header `fr,en,ar,note` (any language columns, `note` optional), one row per
// concept, allowed variants separated by `|`. Spreadsheets write it; csv-parse reads it.

import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import type { Glossary, GlossaryEntry } from './types.js';

const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

interface CsvError extends Error {
  code?: string;
  lines?: number;
}

interface Row {
  record: string[];
  info: { lines: number };
}

/**
 * Parse `locales/glossary.csv`.
 * @param csv the file's text
 * @param file its path, for errors
 * @returns the glossary
 * @throws InputError on malformed CSV, a bad header or a row with the wrong number of cells, naming file and line
 */
export function parseGlossary(csv: string, file: string): Glossary {
  // csv-parse counts a CRLF inside a quoted cell as two lines: read LF only.
  const text = (csv.startsWith('\uFEFF') ? csv.slice(1) : csv).replace(/\r\n?/g, '\n');
  let rows: Row[];
  try {
    rows = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as Row[];
  } catch (error) {
    const e = error as CsvError;
    throw new InputError(`malformed CSV: ${e.message.replace(/ (?:at|on) line \d+\.?$/, '')}`, { file, line: e.lines });
  }
  if (rows.length === 0) throw new InputError('empty glossary: expected a header such as fr,en,ar,note', { file, line: 1 });
  // csv-parse gives the line where a record ends; a record starts as many lines earlier as its cells hold line breaks.
  const startLine = (row: Row): number => row.info.lines - row.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  const [head, ...body] = rows as [Row, ...Row[]];
  const headerLine = startLine(head);
  const columns = head.record.map((c) => c.trim().toLowerCase());
  const seen = new Set<string>();
  for (const column of columns) {
    if (column !== 'note' && !LANG_TAG.test(column)) {
      throw new InputError(`unknown glossary column "${column}": expected language codes (fr, en, ar…) and note`, { file, line: headerLine });
    }
    if (seen.has(column)) throw new InputError(`duplicate glossary column "${column}"`, { file, line: headerLine });
    seen.add(column);
  }
  const langs = columns.filter((c) => c !== 'note');
  if (langs.length < 2) {
    throw new InputError(`the glossary needs at least two language columns (e.g. fr,en,ar,note), found: ${columns.join(',')}`, { file, line: headerLine });
  }
  const entries: GlossaryEntry[] = [];
  for (const row of body) {
    const line = startLine(row);
    if (row.record.length !== columns.length) {
      throw new InputError(`expected ${columns.length} cells (${columns.join(',')}), found ${row.record.length}`, { file, line });
    }
    const terms: { [lang: string]: string[] } = {};
    let note = '';
    row.record.forEach((cell, k) => {
      const column = columns[k] as string;
      if (column === 'note') note = cell.trim();
      else {
        const variants = cell.split('|').map((v) => v.trim()).filter(Boolean);
        if (variants.length) terms[column] = variants;
      }
    });
    if (Object.keys(terms).length) entries.push({ terms, note, line });
  }
  return { file, langs, entries };
}
