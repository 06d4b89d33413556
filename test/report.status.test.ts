import { describe, expect, it } from 'vitest';
import { formatStatus, type StatusRow } from '../src/report/index.js';
import { displayWidth } from '../src/report/terminal.js';
import { expectGolden } from './support/golden.js';

const golden = (name: string): URL => new URL(`./fixtures/report/${name}`, import.meta.url);
const ANSI = /\u001B\[[0-9;]*m/g;

const counts = (translated: number, fuzzy = 0, untranslated = 0, stale = 0, missing = 0, obsolete = 0): StatusRow['counts'] => ({
  translated,
  fuzzy,
  untranslated,
  stale,
  missing,
  obsolete,
});

const ROWS: StatusRow[] = [
  { doc: 'mossoul-2017', lang: 'en', counts: counts(48), total: 48, percent: 100 },
  { doc: 'mossoul-2017', lang: 'ar', counts: counts(40, 3, 2, 1, 2, 4), total: 48, percent: 83.33 },
  { doc: 'brèves', lang: 'ar', counts: counts(0, 0, 0, 0, 12), total: 12, percent: 0 },
  { doc: '東京-report', lang: 'en', counts: counts(1199, 0, 1), total: 1200, percent: 99.92 },
];

describe('status reporter', () => {
  it('matches the golden text table', () => {
    expectGolden(golden('status.txt'), formatStatus(ROWS, 'text', { color: false }));
  });

  it('matches the golden coloured table, equal to the plain one without styles', () => {
    const coloured = formatStatus(ROWS, 'text', { color: true });
    expectGolden(golden('status.color.txt'), coloured);
    expect(coloured.replace(ANSI, '')).toBe(formatStatus(ROWS, 'text', { color: false }));
  });

  it('aligns every column by display width, wide names included', () => {
    const lines = formatStatus(ROWS, 'text', { color: false }).trimEnd().split('\n');
    // Cells are separated by two spaces or more; measure where each starts and ends on screen.
    const cells = (line: string): Array<{ start: number; end: number }> =>
      [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
        start: displayWidth(line.slice(0, m.index)),
        end: displayWidth(line.slice(0, m.index + m[0].length)),
      }));
    const header = cells(lines[0]!);
    expect(header).toHaveLength(9);
    for (const line of lines.slice(1)) {
      const row = cells(line);
      expect(row).toHaveLength(10); // nine columns and the bar
      expect(row.slice(0, 2).map((c) => c.start)).toEqual(header.slice(0, 2).map((c) => c.start)); // names: left
      expect(row.slice(2, 9).map((c) => c.end)).toEqual(header.slice(2, 9).map((c) => c.end)); // numbers: right
    }
    expect(new Set(lines.slice(1).map(displayWidth)).size).toBe(1);
  });

  it('never shows an incomplete pair as 100 %', () => {
    const out = formatStatus([{ ...ROWS[3]!, percent: 99.99 }], 'text', { color: false });
    expect(out).toContain(' 99%  █████████░');
    expect(formatStatus([ROWS[0]!], 'text', { color: false })).toContain('100%  ██████████');
  });

  it('says so when there is nothing to show', () => {
    expect(formatStatus([], 'text', { color: false })).toBe('No documents.\n');
    expect(formatStatus([], 'json', { color: false })).toBe('{\n  "documents": []\n}\n');
  });

  it('matches the golden json, with counts in state order', () => {
    const out = formatStatus(ROWS, 'json', { color: true });
    expectGolden(golden('status.json'), out);
    const parsed = JSON.parse(out) as { documents: Array<Record<string, unknown>> };
    expect(parsed.documents[1]).toEqual({ doc: 'mossoul-2017', lang: 'ar', counts: counts(40, 3, 2, 1, 2, 4), total: 48, percent: 83.33 });
    expect(Object.keys(parsed.documents[0]!)).toEqual(['doc', 'lang', 'counts', 'total', 'percent']);
    expect(Object.keys(parsed.documents[0]!.counts as object)).toEqual(['translated', 'fuzzy', 'untranslated', 'stale', 'missing', 'obsolete']);
  });
});
