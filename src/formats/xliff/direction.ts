// Writing direction of a language, for XLIFF `srcDir` / `trgDir`. The platform knows it
// (CLDR via Intl): Node 20 has the `textInfo` getter, later versions `getTextInfo()`. Where
// neither exists, the likely script decides.

// Scripts written right to left (ISO 15924), for runtimes without text info.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend', 'Yezi']);

interface LocaleWithTextInfo extends Intl.Locale {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

/** `rtl` or `ltr` for a BCP 47 tag; `auto` when the tag is not a valid language tag. */
export function textDirection(lang: string): 'ltr' | 'rtl' | 'auto' {
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'auto';
  }
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  const script = locale.maximize().script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
