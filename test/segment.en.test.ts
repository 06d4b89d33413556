import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/segment/index.js';

const split = (text: string): string[] => splitSentences(text, 'en').map((sentence) => sentence.text);

const cases: Array<{ name: string; text: string; expected: string[] }> = [
  { name: 'titles before names', text: 'Mrs. Hale met Prof. Ortiz at noon. They spoke briefly.', expected: ['Mrs. Hale met Prof. Ortiz at noon.', 'They spoke briefly.'] },
  { name: 'page and number abbreviations before digits', text: 'The quote is on p. 214 of vol. 3. Order No. 88 is late.', expected: ['The quote is on p. 214 of vol. 3.', 'Order No. 88 is late.'] },
  { name: '"no." as a word ends a sentence', text: 'She said no. Then she left.', expected: ['She said no.', 'Then she left.'] },
  { name: 'company abbreviation inside a sentence', text: 'We hired Baker Bros. last spring.', expected: ['We hired Baker Bros. last spring.'] },
  { name: 'company abbreviation ending a sentence', text: 'The deal went to Baker Bros. They signed on Friday.', expected: ['The deal went to Baker Bros.', 'They signed on Friday.'] },
  { name: 'dotted acronym before a name', text: 'The U.N. Security Council met in Geneva.', expected: ['The U.N. Security Council met in Geneva.'] },
  { name: 'dotted acronym ending a sentence', text: 'He moved to the U.K. It rained every day.', expected: ['He moved to the U.K.', 'It rained every day.'] },
  { name: 'middle initials', text: 'The book is by Mary W. Shelley and J. R. Smith.', expected: ['The book is by Mary W. Shelley and J. R. Smith.'] },
  { name: 'a single capital ending a sentence', text: 'Take vitamin D. It helps in winter.', expected: ['Take vitamin D.', 'It helps in winter.'] },
  { name: 'time abbreviation', text: 'The train left at 7 a.m. sharp.', expected: ['The train left at 7 a.m. sharp.'] },
  { name: 'money and decimals', text: 'It costs $4.99 today. Tomorrow it is 5.5% more.', expected: ['It costs $4.99 today.', 'Tomorrow it is 5.5% more.'] },
  { name: 'e-mail address at a sentence end', text: 'Write to press.office@example.net. We answer daily.', expected: ['Write to press.office@example.net.', 'We answer daily.'] },
  { name: 'URL with dots and a query', text: 'Open http://example.net/a.b/c?d=e.f today. Then log in.', expected: ['Open http://example.net/a.b/c?d=e.f today.', 'Then log in.'] },
  { name: 'repeated and mixed end marks', text: 'Stop!! Who goes there?! Nobody?? Fine.', expected: ['Stop!!', 'Who goes there?!', 'Nobody??', 'Fine.'] },
  { name: 'brand with an exclamation mark', text: 'He plays Jeopardy! every night.', expected: ['He plays Jeopardy! every night.'] },
  { name: 'quotation continued by lowercase', text: 'He shouted, "Run!" and they ran.', expected: ['He shouted, "Run!" and they ran.'] },
  { name: 'quotation ending a sentence', text: 'He shouted, "Run!" Nobody moved.', expected: ['He shouted, "Run!"', 'Nobody moved.'] },
  { name: 'parenthetical sentence inside a sentence', text: 'The mayor (She was elected in May.) spoke first.', expected: ['The mayor (She was elected in May.) spoke first.'] },
  { name: 'ellipsis then a new sentence', text: 'We waited... Nothing happened.', expected: ['We waited...', 'Nothing happened.'] },
  { name: 'spaced ellipsis inside a sentence', text: 'It was . . . I mean, it was fine.', expected: ['It was . . . I mean, it was fine.'] },
  { name: 'omission in brackets', text: 'The letter says "we agree [...] Signed by all" at the end.', expected: ['The letter says "we agree [...] Signed by all" at the end.'] },
  { name: 'numbered inline list', text: '1) Pack the bags 2) Lock the door 3) Leave', expected: ['1) Pack the bags', '2) Lock the door', '3) Leave'] },
  { name: 'sentences glued by a dot', text: 'It was late.The bus had gone.', expected: ['It was late.', 'The bus had gone.'] },
  { name: 'camel-case code is not glued sentences', text: 'Call oDoc.Text to read it.', expected: ['Call oDoc.Text to read it.'] },
];

describe('English sentence rules', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(split(text)).toEqual(expected);
  });
});
