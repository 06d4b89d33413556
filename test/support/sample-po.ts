// Edits a language's PO file of the sample project as a translator would, through the catalog API.
import { parsePo, parsePot, serializePo } from '../../src/catalog/index.js';
import type { TranslationEntry } from '../../src/types.js';
import { read, write } from './cli.js';

export function editPo(dir: string, lang: string, edit: (entries: TranslationEntry[]) => void): void {
  const file = `locales/${lang}/mossoul-2017.po`;
  const po = parsePo(read(dir, file), file, lang);
  edit(po.entries);
  write(dir, file, serializePo(po, parsePot(read(dir, 'locales/mossoul-2017.pot'), 'locales/mossoul-2017.pot')));
}
