/** A run of text, as offsets into the string it was found in. */
export interface TextRun {
  start: number;
  end: number;
}

// A Latin word: starts with a Latin letter and may carry what names, abbreviations and URLs
// hold (digits, marks, apostrophes, dots, hyphens, slashes…), optionally in parentheses.
const WORD = String.raw`\(?\p{Script=Latin}[\p{Script=Latin}\p{M}\p{Nd}'’&@_.\-/:%#?=+~]*\)?`;
// A number inside a run ("Airbus A320 200 seats" keeps "Airbus A320"; "Windows 10 Pro" is one run).
const NUMBER = String.raw`\p{Nd}[\p{Nd}.,:\-/]*`;
const RUN = new RegExp(String.raw`${WORD}(?:[ \u00A0\t\n]+(?:${WORD}|${NUMBER}))*`, 'gu');
const TRAILING_NUMBER = new RegExp(String.raw`[ \u00A0\t\n]+${NUMBER}$`, 'u');
// Digit groups split by a plain space (`1 500`, as French writes it): the space is a neutral that
// takes the right-to-left direction, so the groups would read in reverse (`500 1`). No-break and
// narrow no-break spaces are common separators (UAX #9 W4) and need no help.
const SPACED_NUMBER = /(?<!\p{Nd} ?)\p{Nd}{1,3}(?: \p{Nd}{3})+(?![\p{Nd}])/gu;
// Sentence punctuation after a run belongs to the surrounding (right-to-left) sentence.
const TRAILING_PUNCTUATION = /[.,:;!?'’-]+$/u;

/**
 * Finds runs of Latin-script words (names, English words, URLs) in a text, so that a
 * right-to-left edition can isolate them. Numbers alone are not runs (digits are weak characters
 * that the bidi algorithm already places well), except digit groups split by plain spaces.
 */
export function findLatinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const m of text.matchAll(RUN)) {
    let start = m.index;
    let value = m[0];
    for (let before = ''; before !== value; ) {
      before = value;
      value = value.replace(TRAILING_PUNCTUATION, '').replace(TRAILING_NUMBER, '');
    }
    // Keep parentheses only when the run holds both ends: "(AI)" yes, "(Amnesty" no.
    const opens = count(value, '(');
    const closes = count(value, ')');
    if (value.startsWith('(') && opens > closes) {
      value = value.slice(1);
      start += 1;
    } else if (value.endsWith(')') && closes > opens) {
      value = value.slice(0, -1);
    }
    if (/\p{Script=Latin}/u.test(value)) runs.push({ start, end: start + value.length });
  }
  for (const m of text.matchAll(SPACED_NUMBER)) {
    const run = { start: m.index, end: m.index + m[0].length };
    if (!runs.some((r) => r.start < run.end && run.start < r.end)) runs.push(run);
  }
  return runs.sort((a, b) => a.start - b.start);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
