/**
 * A glossary term of the source is not translated as the glossary says.
 *
 * For each row of `locales/glossary.csv` whose source form occurs in the source (French
 * elision and inflection undone: `d'Amnesty`, `l'armée irakienne`, `irakiennes`), the target
 * must contain one of the row's forms for its language (English plurals and possessives,
 * Arabic clitics و ب ل ف ك ال, spelling variants and nisba endings undone).
 */

import { findingOf, quote } from '../finding.js';
import { langData } from '../lang/index.js';
import { analyseText } from '../match/words.js';
import type { Finding } from '../../types.js';
import type { Check, QaContext, QaPair } from '../types.js';
import { containsTerm, glossaryHits } from './glossary-hits.js';

const GLOSSARY = `fr,en,ar,note
armée irakienne,Iraqi army|Iraqi forces,الجيش العراقي|القوات العراقية,
Amnesty International,Amnesty International|Amnesty,منظمة العفو الدولية|العفو الدولية,
Mossoul,Mosul,الموصل,
Daech,Islamic State|IS|Daesh,داعش|تنظيم الدولة الإسلامية,
`;

export const termMismatch: Check = {
  id: 'term-mismatch',
  severity: 'error',
  title: 'A glossary term of the source is not translated with one of its glossary forms',
  examples: {
    ok: [
      { source: 'Selon les informations d’Amnesty International.', target: 'According to Amnesty International’s information.', sourceLang: 'fr', targetLang: 'en', glossary: GLOSSARY },
      { source: 'L’armée irakienne a lancé l’assaut sur Mossoul.', target: 'شنّ الجيش العراقي الهجوم على الموصل.', sourceLang: 'fr', targetLang: 'ar', glossary: GLOSSARY },
      { source: 'Les forces des armées irakiennes.', target: 'The forces of the Iraqi army.', sourceLang: 'fr', targetLang: 'en', glossary: GLOSSARY },
      { source: 'Les terroristes de Daech à Mossoul.', target: 'إرهابيو داعش في الموصل.', sourceLang: 'fr', targetLang: 'ar', glossary: GLOSSARY },
      { source: 'Ils ont fui Mossoul.', target: 'فرّوا من الموصل وللموصل.', sourceLang: 'fr', targetLang: 'ar', glossary: GLOSSARY },
    ],
    notOk: [
      { source: 'L’armée irakienne a lancé l’assaut.', target: 'The Kurdish army launched the assault.', sourceLang: 'fr', targetLang: 'en', glossary: GLOSSARY },
      { source: 'Ils ont fui Mossoul.', target: 'They fled Mossoul.', sourceLang: 'fr', targetLang: 'en', glossary: GLOSSARY },
      { source: 'Les terroristes de Daech.', target: 'الإرهابيون.', sourceLang: 'fr', targetLang: 'ar', glossary: GLOSSARY },
    ],
  },
  run(pair: QaPair, ctx: QaContext): Finding[] {
    const glossary = ctx.glossary;
    if (!glossary) return [];
    const source = analyseText(pair.source, langData(pair.sourceLang));
    const target = analyseText(pair.target, langData(pair.targetLang));
    const findings: Finding[] = [];
    const checked = new Set<object>();
    for (const hit of glossaryHits(source, pair.sourceLang, glossary)) {
      if (checked.has(hit.entry)) continue;
      checked.add(hit.entry);
      const allowed = hit.entry.terms[pair.targetLang];
      if (!allowed?.length || containsTerm(target, pair.targetLang, allowed, glossary)) continue;
      const forms = allowed.map(quote).join(' or ');
      findings.push(
        findingOf(
          termMismatch,
          pair,
          `Term ${quote(pair.source.slice(hit.start, hit.end))} should be translated as ${forms} (${glossary.file}:${hit.entry.line})`,
          { side: 'source', start: hit.start, end: hit.end },
        ),
      );
    }
    return findings;
  },
};
