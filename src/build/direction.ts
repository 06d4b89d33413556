import { InputError } from '../errors.js';
import { RTL_LANGUAGES, RTL_SCRIPTS } from './rtl-data.js';

export type TextDirection = 'ltr' | 'rtl';

interface TextInfo {
  direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };

/** Writing direction of a language tag; an invalid tag is an `InputError`. */
export function textDirection(lang: string): TextDirection {
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(lang) as LocaleWithTextInfo;
  } catch {
    throw new InputError(`invalid language tag "${lang}"`);
  }
  // An explicit script decides (Node 20 says ltr for `az-Arab`).
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  // Node 20 has the `textInfo` getter; newer engines have `getTextInfo()`.
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  const script = locale.maximize().script;
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}
