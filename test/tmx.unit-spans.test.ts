// Units told apart in a TMX file's bytes without parsing it (formats/tmx/unit-spans.ts), and the
// unit map a cache keeps of them (cli/unit-map.ts): what changed in place, what was appended, and
// every file the scan cannot be sure of refused.
import { describe, expect, it } from 'vitest';
import { readUnitMap, unitChanges, unitMap, unitMapBytes } from '../src/cli/unit-map.js';
import { fingerprint, forEachTmxUnit, loneTmxUnit, tmxUnitSpans } from '../src/formats/tmx/unit-spans.js';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="fr"/>\n<body>\n';
const unit = (id: string, fr: string) => `<tu tuid="${id}">\n  <tuv xml:lang="fr"><seg>${fr}</seg></tuv>\n  <tuv xml:lang="en"><seg>en ${fr}</seg></tuv>\n</tu>\n`;
const file = (...units: string[]) => Buffer.from(`${HEAD}${units.join('')}</body>\n</tmx>\n`);
/** The units found, as text, and where the head ends; the units are undefined when the scan refuses. */
const spansOf = (bytes: Buffer, bodyEnd = bytes.lastIndexOf('</body>')) => {
  const units: string[] = [];
  const headEnd = forEachTmxUnit(bytes, bodyEnd, (start, end) => units.push(bytes.subarray(start, end).toString()));
  // The spans kept for several passes are the same units.
  const kept = tmxUnitSpans(bytes, bodyEnd);
  expect(kept && { headEnd: kept.headEnd, units: kept.starts.map((start, i) => bytes.subarray(start, kept.ends[i]).toString()) }).toEqual(headEnd === undefined ? undefined : { headEnd, units });
  return headEnd === undefined ? undefined : { headEnd, units };
};

describe('forEachTmxUnit', () => {
  it('finds each unit from `<tu` to `</tu>`, not taking `<tuv` or `</tuv>` for one', () => {
    const units = [unit('a', 'Un.'), unit('b', 'Deux.'), '<tu>\n<tuv xml:lang="fr"><seg>é</seg></tuv></tu>\n'];
    const bytes = file(...units);
    expect(spansOf(bytes)).toEqual({ headEnd: Buffer.byteLength(HEAD), units: units.map((u) => u.trimEnd()) });
  });

  it('an empty body has no units, and its head runs to the end of the body', () => {
    const bytes = file();
    expect(spansOf(bytes)).toEqual({ headEnd: bytes.lastIndexOf('</body>'), units: [] });
  });

  it.each([
    ['a comment in the body (it could hide a unit)', `<!-- ${unit('x', 'Caché.')} -->`],
    ['a CDATA section', '<tu><tuv xml:lang="fr"><seg><![CDATA[</tu>]]></seg></tuv></tu>'],
    ['a processing instruction', '<?pi </tu> ?>'],
    ['text between units', 'stray'],
    ['another element between units', '<note>n</note>'],
  ])('refuses %s', (_, odd) => {
    expect(spansOf(file(unit('a', 'Un.'), odd, unit('b', 'Deux.')))).toBeUndefined();
  });

  it('refuses a unit not closed before the end of the body', () => {
    expect(spansOf(file(unit('a', 'Un.'), '<tu><tuv xml:lang="fr"><seg>Sans fin</seg></tuv>'))).toBeUndefined();
  });

  it('refuses a file without a body before the given end', () => {
    const bytes = Buffer.from('<tmx version="1.4"><header/></tmx>');
    expect(spansOf(bytes, bytes.length)).toBeUndefined();
  });
});

describe('loneTmxUnit', () => {
  // Offsets in bytes: the é before the unit counts two.
  it.each<[string, string, [number, number] | undefined]>([
    ['a unit as unitXml writes it', '<tu tuid="a">\n  <tuv xml:lang="fr"><seg>Un.</seg></tuv>\n</tu>\n', [0, 61]],
    ['white space around it', '\n  <tu>x</tu> \n', [3, 13]],
    ['a unit opened by `<tu>`', '<tu><tuv xml:lang="fr"><seg>é</seg></tuv></tu>', [0, 47]],
    ['two units', '<tu>a</tu>\n<tu>b</tu>\n', undefined],
    ['text before it', 'x<tu>a</tu>', undefined],
    ['a `<tuv>`, not a unit', '<tuv xml:lang="fr"><seg>a</seg></tuv>', undefined],
    ['a unit not closed', '<tu><tuv xml:lang="fr"><seg>a</seg></tuv>', undefined],
    ['nothing', '  ', undefined],
  ])('%s', (_, text, span) => {
    const found = loneTmxUnit(Buffer.from(text));
    expect(found && [found.start, found.end]).toEqual(span);
    if (found) expect(Buffer.from(text).subarray(found.start, found.end).toString()).toMatch(/^<tu[\s>][\s\S]*<\/tu>$/);
  });
});

describe('fingerprint', () => {
  it('differs for a change of one byte, of order, or of length, and is the same for the same bytes', () => {
    const print = (text: string) => {
      const out = new Uint32Array(2);
      fingerprint(Buffer.from(text), 0, Buffer.byteLength(text), out, 0);
      return Array.from(out);
    };
    const base = print('<tu><seg>426 civils</seg></tu>');
    expect(print('<tu><seg>426 civils</seg></tu>')).toEqual(base);
    for (const other of ['<tu><seg>427 civils</seg></tu>', '<tu><seg>624 civils</seg></tu>', '<tu><seg>426 civils </seg></tu>', '']) {
      const changed = print(other);
      expect(changed[0] !== base[0] && changed[1] !== base[1]).toBe(true);
    }
  });
});

describe('unit maps', () => {
  const before = file(unit('a', 'Un.'), unit('b', 'Deux.'), unit('c', 'Trois.'));
  const map = unitMap(before, tmxUnitSpans(before, before.lastIndexOf('</body>')), [1, 2, 1])!;
  const changes = (after: Buffer) => {
    const found = unitChanges(map, after, tmxUnitSpans(after, after.lastIndexOf('</body>')));
    return (
      found && {
        changed: found.changed.map(({ unit, start, end, firstEntry, entries }) => [unit, after.subarray(start, end).toString().match(/tuid="(\w)"/)![1], firstEntry, entries]),
        appended: found.appended.map(({ start, end }) => after.subarray(start, end).toString().match(/tuid="(\w)"/)![1]),
      }
    );
  };

  it('survives being written after other bytes and read back from the end', () => {
    const bytes = unitMapBytes(map);
    const cache = new Uint8Array(13 + bytes.length);
    cache.set(bytes, 13);
    expect(Array.from(readUnitMap(cache)!.words)).toEqual(Array.from(map.words));
    expect(readUnitMap(cache.subarray(0, cache.length - 1))).toBeUndefined();
    expect(readUnitMap(new Uint8Array(64))).toBeUndefined();
  });

  it('is not made when the units found are not those the reader gave entries for', () => {
    expect(unitMap(before, tmxUnitSpans(before, before.lastIndexOf('</body>')), [1, 1])).toBeUndefined();
  });

  it.each<[string, Buffer, ReturnType<typeof changes>]>([
    ['unchanged', before, { changed: [], appended: [] }],
    ['a unit replaced in place, by one of another length', file(unit('a', 'Un.'), unit('b', 'Deux fois.'), unit('c', 'Trois.')), { changed: [[1, 'b', 1, 2]], appended: [] }],
    ['one byte changed', file(unit('a', 'Un.'), unit('b', 'Deux.'), unit('c', 'Troiz.')), { changed: [[2, 'c', 3, 1]], appended: [] }],
    ['units appended', file(unit('a', 'Un.'), unit('b', 'Deux.'), unit('c', 'Trois.'), unit('d', 'Quatre.')), { changed: [], appended: ['d'] }],
    ['a unit inserted: those after it read as changed in place', file(unit('a', 'Un.'), unit('x', 'Neuf.'), unit('b', 'Deux.'), unit('c', 'Trois.')), { changed: [[1, 'x', 1, 2], [2, 'b', 3, 1]], appended: ['c'] }],
    ['other white space between units', Buffer.from(before.toString().replaceAll('</tu>\n', '</tu>\n\n')), { changed: [], appended: [] }],
    ['a unit taken out', file(unit('a', 'Un.'), unit('c', 'Trois.')), undefined],
    ['another head', Buffer.from(before.toString().replace('srclang="fr"', 'srclang="en"')), undefined],
    ['a comment', file(unit('a', 'Un.'), '<!-- -->', unit('b', 'Deux.'), unit('c', 'Trois.')), undefined],
  ])('%s', (_, after, expected) => {
    expect(changes(after)).toEqual(expected);
  });
});
