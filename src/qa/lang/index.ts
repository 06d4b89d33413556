import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { genericLang } from './generic.js';
import type { LangData } from './types.js';
import { primaryLanguage } from '../../language-tag.js';

const KNOWN: Readonly<Record<string, LangData>> = { fr, en, ar };
const generic = new Map<string, LangData>();

/** The data for a language tag (`ar-SY` uses `ar`); a generic table for languages we lack. */
export function langData(tag: string): LangData {
  const code = primaryLanguage(tag);
  const known = KNOWN[code];
  if (known) return known;
  let data = generic.get(code);
  if (!data) generic.set(code, (data = genericLang(code)));
  return data;
}

export { fr, en, ar };
export type * from './types.js';
