// `tessera check` keeps each finding's severity: a translation that drops a number, a date, an
// inline tag or a glossary term fails CI at its PO entry, although the finding points into the
// source text (what the target lacks). Only the source's own typography, which a translator
// cannot fix, is information against the source file.
import { describe, expect, it } from 'vitest';
import { projectWith, read, tessera, write } from './support/cli.js';

const SOURCE = `---
date: 2023-09
---

Plus de 50 000 maisons ont été endommagées, dont 30 % entièrement.

Le séisme a eu lieu le 8 septembre 2023 dans le Haut Atlas.

Voir la [carte des dégâts](https://example.org/carte).

Selon l'ONU, 300 000 personnes sont touchées. Il a dit : « Nous restons. »
`;

const GLOSSARY = 'fr,en,ar,note\nONU,UN|United Nations,الأمم المتحدة,\nHaut Atlas,High Atlas,الأطلس الكبير,\n';

/** Good translations, and one that drops something, by French sentence. */
const GOOD: Record<string, string> = {
  'Plus de 50 000 maisons ont été endommagées, dont 30 % entièrement.': 'More than 50,000 homes were damaged, 30% of them completely.',
  'Le séisme a eu lieu le 8 septembre 2023 dans le Haut Atlas.': 'The earthquake struck on 8 September 2023 in the High Atlas.',
  'Voir la <1>carte des dégâts</1>.': 'See the <1>damage map</1>.',
  "Selon l'ONU, 300 000 personnes sont touchées.": 'According to the UN, 300,000 people are affected.',
  'Il a dit : « Nous restons. »': 'He said: “We are staying.”',
};
const BAD: Record<string, string> = {
  'Plus de 50 000 maisons ont été endommagées, dont 30 % entièrement.': 'More than 50,000 homes were damaged, some of them completely.',
  'Le séisme a eu lieu le 8 septembre 2023 dans le Haut Atlas.': 'The earthquake struck in the High Atlas.',
  'Voir la <1>carte des dégâts</1>.': 'See the damage map.',
  "Selon l'ONU, 300 000 personnes sont touchées.": 'According to the world body, 300,000 people are affected.',
};

interface Report {
  issues: Array<{ rule: string; severity: string; file?: string; line?: number; id?: string }>;
}

async function project(translations: Record<string, string>): Promise<string> {
  const dir = projectWith({
    'tessera.config.json': '{"sourceLang": "fr", "targetLangs": ["en"]}\n',
    'source-texts/seisme.md': SOURCE,
    'locales/glossary.csv': GLOSSARY,
  });
  expect((await tessera(['extract'], dir)).code).toBe(0);
  let po = read(dir, 'locales/en/seisme.po');
  for (const [fr, en] of Object.entries(translations)) {
    const escaped = (text: string): string => text.replace(/"/g, '\\"');
    po = po.replace(`msgid "${escaped(fr)}"\nmsgstr ""`, `msgid "${escaped(fr)}"\nmsgstr "${escaped(en)}"`);
  }
  write(dir, 'locales/en/seisme.po', po);
  return dir;
}

describe('check severities', () => {
  it('a faithful translation passes; the source typography is information on the source file', async () => {
    const dir = await project(GOOD);
    const { code, stdout } = await tessera(['check', '--format', 'json'], dir);
    expect(code, stdout).toBe(0);
    const issues = (JSON.parse(stdout) as Report).issues;
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(issues.filter((i) => i.rule === 'punctuation').map((i) => [i.severity, i.file])).toContainEqual(['info', 'source-texts/seisme.md']);
  });

  it('a dropped number, date, tag or glossary term is an error at the PO entry, and check exits 1', async () => {
    const dir = await project({ ...GOOD, ...BAD });
    const { code, stdout } = await tessera(['check', '--format', 'json'], dir);
    expect(code).toBe(1);
    const po = read(dir, 'locales/en/seisme.po').split('\n');
    const errors = (JSON.parse(stdout) as Report).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.rule).sort()).toEqual(['date-mismatch', 'number-mismatch', 'tag-mismatch', 'tag-mismatch', 'term-mismatch']);
    for (const error of errors) {
      expect(error.file).toBe('locales/en/seisme.po');
      expect(po[error.line! - 1]).toBe(`msgctxt "${error.id}"`);
    }
  });
});
