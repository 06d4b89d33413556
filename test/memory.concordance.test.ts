// Concordance search: which entries contain a phrase, where, in what order, and the index's
// candidates against a plain scan.
import { describe, expect, it } from 'vitest';
import { buildIndex, concordance, normalizeForMatching, type MemoryEntry } from '../src/memory/index.js';
import { matchingForm } from '../src/memory/normalize.js';
import { entry } from './support/memory-entry.js';
import { prng } from './support/prng.js';

const memory: MemoryEntry[] = [
  entry('Le Conseil de sécurité se réunira demain à New York.', 'The Security Council will meet tomorrow in New York.', { tuid: 'a' }),
  entry('Le <1>conseil</1> de\u00a0sécurité a adopté la résolution.', 'The <1>Security</1> Council adopted the resolution.', { tuid: 'b' }),
  entry('Conseil de sécurité', 'Security Council', { tuid: 'c' }),
  entry('Les conseils de sécurité routière', 'Road safety advice', { tuid: 'd' }),
  entry('L’armée a repris la ville.', 'The army retook the city.', { tuid: 'e' }),
  entry("L'armée irakienne a lancé l'assaut.", 'The Iraqi army launched the assault.', { tuid: 'f' }),
  entry('La paix.', 'Peace.', { tuid: 'g' }),
  entry('Les paixhans tirent.', 'The Paixhans guns fire.', { tuid: 'h' }),
  entry('Pour une paix durable dans la région.', 'For a lasting peace in the region.', { tuid: 'i' }),
  entry('Un texte sans rapport.', 'Unrelated.', { tuid: 'j' }),
  entry('Mossoul', 'الموصل', { tuid: 'k', targetLang: 'ar' }),
  entry('Les habitants de Mossoul ont fui.', 'فرّ سكان الموصل.', { tuid: 'l', targetLang: 'ar' }),
  entry('Il est arrivé à Mossoul.', 'وصل بالموصل.', { tuid: 'm', targetLang: 'ar' }),
  entry('Une re\u0301union a eu lieu.', 'A meeting took place.', { tuid: 'n' }),
  entry('Le Premier ministre est à Gaza.', 'The Prime Minister is in Gaza.', { tuid: 'o' }),
  entry('Il a vu le Premier\u00ad ministre.', 'He saw the Prime Minister.', { tuid: 'p' }),
  entry('Lancez --quiet [-q] ou $HOME/*.po (AI) ^ | {1}.', 'Run --quiet [-q] or $HOME/*.po (AI) ^ | {1}.', { tuid: 'q' }),
];
const index = buildIndex(memory);

describe('concordance', () => {
  const cases: Array<{ phrase: string; in?: 'source' | 'target'; tuids: string[]; marked?: string[] }> = [
    // Case, inline tags and a no-break space do not matter; the shortest text first; `conseils
    // de sécurité` does not hold the phrase.
    {
      phrase: 'conseil de sécurité',
      tuids: ['c', 'b', 'a'],
      marked: ['Conseil de sécurité', 'conseil</1> de\u00a0sécurité', 'Conseil de sécurité'],
    },
    // A typographic apostrophe matches a straight one, both ways.
    { phrase: "l'armée", tuids: ['e', 'f'], marked: ['L’armée', "L'armée"] },
    { phrase: 'L’ARMÉE', tuids: ['e', 'f'] },
    // Whole words before a phrase inside a longer word.
    { phrase: 'paix', tuids: ['g', 'i', 'h'], marked: ['paix', 'paix', 'paix'] },
    // Shorter than a trigram: every source is read.
    { phrase: 'à', tuids: ['m', 'o', 'a'] },
    // A decomposed é in the memory is found, and marked in its composed form.
    { phrase: 'réunion', tuids: ['n'], marked: ['réunion'] },
    // A soft hyphen inside a word is ignored, and marked with the word.
    { phrase: 'premier ministre', tuids: ['p', 'o'], marked: ['Premier\u00ad ministre', 'Premier ministre'] },
    // The target side; an Arabic word with a clitic comes after the bare word.
    { phrase: 'الموصل', in: 'target', tuids: ['k', 'l', 'm'], marked: ['الموصل', 'الموصل', 'الموصل'] },
    { phrase: 'security council', in: 'target', tuids: ['c', 'b', 'a'], marked: ['Security Council', 'Security</1> Council', 'Security Council'] },
    // Characters that mean something in a regular expression mean nothing here.
    { phrase: '--quiet [-q] ou $HOME/*.po (AI) ^ | {1}.', tuids: ['q'], marked: ['--quiet [-q] ou $HOME/*.po (AI) ^ | {1}.'] },
    { phrase: '(ai)', tuids: ['q'], marked: ['(AI)'] },
    // A trigram that no entry has.
    { phrase: 'Bagdad', tuids: [] },
  ];
  it.each(cases)('$phrase in the $in', ({ phrase, in: field = 'source', tuids, marked }) => {
    const result = concordance(index, phrase, { in: field, limit: 100 });
    expect(result.hits.map((h) => h.entry.tuid)).toEqual(tuids);
    expect(result.total).toBe(tuids.length);
    expect(result.hits.every((h) => h.source === h.entry.source.normalize('NFC') && h.target === h.entry.target.normalize('NFC'))).toBe(true);
    if (marked) {
      expect(result.hits.map((h) => h.spans.map(([s, e]) => h.entry[field].normalize('NFC').slice(s, e)).join('|'))).toEqual(marked);
    }
  });

  it('limits the hits but counts them all', () => {
    const result = concordance(index, 'paix', { limit: 2 });
    expect(result.total).toBe(3);
    expect(result.hits.map((h) => h.entry.tuid)).toEqual(['g', 'i']);
    expect(result.hits.map((h) => h.wholeWords)).toEqual([true, true]);
    expect(concordance(index, 'paix', { limit: 3 }).hits[2]!.wholeWords).toBe(false);
    expect(concordance(index, 'paix', { limit: 0 })).toMatchObject({ total: 3, hits: [] });
  });

  it('marks every occurrence in a text', () => {
    const memory2 = [entry('La paix, rien que la paix.', 'Peace, only peace.')];
    expect(concordance(buildIndex(memory2), 'paix').hits[0]!.spans).toEqual([[3, 7], [21, 25]]);
  });

  it('an empty phrase finds nothing', () => {
    expect(concordance(index, ' \u200b ')).toEqual({ phrase: '', field: 'source', total: 0, hits: [] });
  });

  it('finds on the source side exactly what a scan of every entry finds', () => {
    // Near duplicates (groups of members), repeated sources, short and long texts.
    const random = prng(7);
    const words = ['le', 'conseil', 'de', 'sécurité', 'paix', 'Mossoul', 'a', 'l’armée', 'réunion', 'ville', 'à', 'civils', '426', 'tués'];
    const big: MemoryEntry[] = [];
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(random() * 12);
      const text = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!).join(' ');
      big.push(entry(text, `t${i}`));
      if (i % 5 === 0) big.push(entry(`${text} ${i}`, `u${i}`));
    }
    const bigIndex = buildIndex(big);
    for (const phrase of ['conseil de', 'paix', 'l\'armée à', 'de', 'é', 'sécurité paix', 'civils 426 tués', 'ville 12', 'ss']) {
      const wanted = normalizeForMatching(phrase);
      const scan = big.flatMap((e, i) => (normalizeForMatching(e.source).includes(wanted) ? [i] : []));
      const result = concordance(bigIndex, phrase, { limit: Infinity });
      expect(result.total, phrase).toBe(scan.length);
      const found = new Set(result.hits.map((h) => h.entry));
      expect(scan.every((i) => found.has(big[i]!)), phrase).toBe(true);
    }
  });

  it('finds on the target side what a scan finds, search after search, and never across two entries', () => {
    const random = prng(8);
    const words = ['the', 'Security', 'Council', 'peace', 'مجلس', 'الأمن', 'a', 'city', '426', 'civilians', '\u0000', '<1>', 'x'];
    const targets = Array.from({ length: 2000 }, () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => words[Math.floor(random() * words.length)]!).join(' '));
    const targetIndex = buildIndex(targets.map((t, i) => entry(`s${i}`, t)));
    // The same phrases twice: the second time the targets kept by the first search are read.
    const phrases = ['security council', 'peace', 'مجلس الأمن', 'a', 'x x', '426 civilians', 'y', 'city\u0000', '\u0000 the'];
    for (const phrase of [...phrases, ...phrases]) {
      const wanted = normalizeForMatching(phrase);
      const scan = targets.flatMap((t, i) => (normalizeForMatching(t).includes(wanted) ? [`s${i}`] : []));
      const result = concordance(targetIndex, phrase, { in: 'target', limit: Infinity });
      expect(result.hits.map((h) => h.entry.source).sort(), phrase).toEqual(scan.sort());
      expect(result.total).toBe(scan.length);
    }
    // "x" ends one target and starts the next: "x\0x" spans the separator between them.
    const pair = buildIndex([entry('a', 'x'), entry('b', 'x'), entry('c', 'x\u0000x')]);
    expect(concordance(pair, 'x\u0000x', { in: 'target' }).hits.map((h) => h.entry.source)).toEqual(['c']);
  });

  it('ranks as a full sort of a scan would, at any limit, on both sides and over several memories (property)', () => {
    // Whole words first, then the shortest text, then memory order; the limit only cuts that list.
    const wordy = /[\p{L}\p{N}\p{M}]/u;
    const standsAlone = (text: string, wanted: string): boolean => {
      for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
        const before = at > 0 && wordy.test(text[at - 1]!) && wordy.test(wanted[0]!);
        const end = at + wanted.length;
        const after = end < text.length && wordy.test(text[end]!) && wordy.test(wanted[wanted.length - 1]!);
        if (!before && !after) return true;
      }
      return false;
    };
    const random = prng(12);
    const words = ['paix', 'paixhans', 'la', 'l’a', 'a', 'à', 'de', 'مجلس', 'الأمن', 'بالأمن', '426', '4260', 'x', '-', '(a)'];
    const text = (): string => Array.from({ length: 1 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]!).join(random() < 0.8 ? ' ' : '');
    const all = Array.from({ length: 1200 }, (_, i) => entry(text(), text(), { tuid: String(i) }));
    // Copies, so that several entries share a member and ties on length are broken by order.
    for (let i = 0; i < 200; i++) all.push({ ...all[Math.floor(random() * all.length)]!, tuid: `copy${i}` });
    const memories = [buildIndex(all.slice(0, 700)), buildIndex(all.slice(700))];
    for (const phrase of ['paix', 'a', 'la', 'à', 'الأمن', '426', 'x x', '-', '(a)', 'ai', 'l']) {
      for (const field of ['source', 'target'] as const) {
        const wanted = normalizeForMatching(phrase);
        const ranked = all
          .map((e, order) => ({ e, order, text: normalizeForMatching(e[field]) }))
          .filter(({ text }) => text.includes(wanted))
          .map(({ e, order, text }) => ({ tuid: e.tuid, whole: standsAlone(text, wanted), length: text.length, order }))
          .sort((x, y) => Number(y.whole) - Number(x.whole) || x.length - y.length || x.order - y.order);
        expect(ranked.length, phrase).toBeGreaterThan(0);
        for (const limit of [0, 1, 3, 10, 57, Infinity]) {
          const result = concordance(memories, phrase, { in: field, limit });
          expect(result.total, `${phrase} in the ${field}`).toBe(ranked.length);
          const want = ranked.slice(0, limit);
          expect(result.hits.map((h) => [h.entry.tuid, h.wholeWords]), `${phrase} in the ${field}, limit ${limit}`).toEqual(want.map((r) => [r.tuid, r.whole]));
        }
      }
    }
  });

  it('places the phrase in texts of any script, case and spacing (property)', () => {
    // Tags, invisible characters, odd spaces, a growing capital (İ), the final sigma, astral characters.
    const pieces = ['a', 'é', 'e\u0301', ' ', '\u00a0', '\u202f ', '\n', '<1>', '</1>', '<2/>', '\u00ad', '\u200b', '’', "'", 'İ', 'Σ', 'σ', 'ß', 'ﬁ', '🙂', 'ال', '٣', 'Mossoul', '-', '*', '(', ')', '$'];
    const random = prng(11);
    const texts = Array.from({ length: 1500 }, () => Array.from({ length: 1 + Math.floor(random() * 20) }, () => pieces[Math.floor(random() * pieces.length)]!).join(''));
    const bigIndex = buildIndex(texts.map((t, i) => entry(t, t, { tuid: String(i) })));
    let placed = 0;
    for (const text of texts) {
      const written = text.normalize('NFC');
      const form = matchingForm(written);
      // Tags next to a combining mark aside (NFC cannot join across them in the written text).
      if (!/<\/?\d+\/?>\u0301/.test(text)) expect(form.text).toBe(normalizeForMatching(text));
      expect([form.from.length, form.to.length]).toEqual([form.text.length, form.text.length]);
    }
    for (let q = 0; q < 300; q++) {
      const text = texts[Math.floor(random() * texts.length)]!;
      const wanted = normalizeForMatching(text);
      const at = Math.floor(random() * wanted.length);
      const phrase = wanted.slice(at, at + 1 + Math.floor(random() * 5));
      for (const field of ['source', 'target'] as const) {
        for (const hit of concordance(bigIndex, phrase, { in: field, limit: Infinity }).hits) {
          if (/<\/?\d+\/?>\u0301/.test(hit.entry[field])) continue;
          expect(hit.spans.length, `${phrase} in ${hit.entry[field]}`).toBeGreaterThan(0);
          // A sigma cut out of its word folds as a final one: compare sigmas as one letter.
          const sigma = (t: string): string => normalizeForMatching(t).replace(/ς/g, 'σ');
          for (const [s, e] of hit.spans) expect(sigma(hit.entry[field].normalize('NFC').slice(s, e))).toContain(sigma(phrase).trim());
          placed++;
        }
      }
    }
    expect(placed).toBeGreaterThan(1000);
  });
});
