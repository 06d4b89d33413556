// French sentence rules. Typography: no-break spaces before `? ! : ;` and inside `« »`,
// ellipsis `…`, abbreviations that announce a name or a number (`M.`, `art.`, `p.`).

import {
  abbreviationBefore,
  acronymRule,
  alternation,
  CLOSERS,
  embeddedRules,
  HSPACE,
  hyphenatedInitialRule,
  initialRule,
  omissionRule,
  sentenceEndRule,
  sentenceStarterAhead,
  unlessSentenceStarter,
} from './common.js';
import { listContext } from './lists.js';
import type { LanguageRules } from './types.js';

export const frAbbreviations = {
  /**
   * Never end a sentence: titles before a name and words that announce a reference or a
   * number. `etc.` is deliberately absent: it ends a sentence when a capitalised word follows.
   */
  prefixes: [
    'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Drs', 'Pr', 'Prs', 'Me', 'Mgr', 'Mgrs',
    'St', 'Ste', 'Sts', 'Stes', 'Vve', 'gén', 'col', 'cdt', 'lt', 'sgt', 'cap',
    'cf', 'art', 'p', 'pp', 'n°', 'N°', 'no', 'nos', 'vol', 'chap', 'fig', 'éd', 'réf',
    'env', 'ex', 'av', 'apr', 'bd', 'boul', 'tél', 't', 'c.-à-d', 'p.-ê', 'vs', 'resp', 'suiv',
  ],
  /** End a sentence only when the next word is a sentence starter (`3 janv. Le lendemain`). */
  ambiguous: [
    'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    'hab', 'min', 'max', 'al', 'coll', 'dir', 'ibid', 'id', 'op', 'cit', 'sq', 'sqq',
    'Cie', 'Ltd', 'Inc', 'Corp', 'Co', 'SA',
  ],
  /**
   * Capitalised words that typically open a sentence. `De` and `Du` are left out: they also
   * start surnames (`C. De Gaulle`).
   */
  sentenceStarters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Ils', 'Elle', 'Elles', 'On', 'Nous', 'Vous',
    'Je', 'Tu', 'Ce', 'Cet', 'Cette', 'Ces', 'Ceci', 'Cela', 'Ça', 'Celui', 'Celle', 'Ceux',
    'Mais', 'Et', 'Or', 'Donc', 'Car', 'Puis', 'Ensuite', 'Alors', 'Enfin', 'Selon', 'Pour',
    'Par', 'Avec', 'Sans', 'Sous', 'Sur', 'Dans', 'En', 'Au', 'Aux', 'À', 'Après', 'Avant',
    'Depuis', 'Pendant', 'Lors', 'Lorsque', 'Quand', 'Si', 'Comme', 'Cependant', 'Toutefois',
    'Néanmoins', 'Pourtant', 'Ainsi', 'Aussi', 'Mon', 'Ma', 'Mes', 'Son', 'Sa', 'Ses', 'Notre',
    'Nos', 'Votre', 'Vos', 'Leur', 'Leurs', 'Qui', 'Que', 'Quel', 'Quelle', 'Quels', 'Quelles',
    'Où', 'Pourquoi', 'Comment', 'Combien', 'Aujourd’hui', "Aujourd'hui", 'Hier', 'Demain',
    'Certains', 'Certaines', 'Plusieurs', 'Chaque', 'Tout', 'Tous', 'Toute', 'Toutes', 'Ne',
    'Voici', 'Voilà', 'Oui', 'Non', 'Encore', 'Déjà', 'Parmi', 'Entre', 'Malgré', 'Contrairement',
  ],
  /**
   * Abbreviated weekdays: part of a date before its day number and month (`le dim. 3 mars`,
   * `sam. 9,`). Only there: `jeu` and `mer` are also words (`un jeu. 3 joueurs…`).
   */
  weekdays: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
  /** Elided starters, written without their apostrophe (`L’armée`, `Qu’il`). */
  elidedStarters: ['L', 'D', 'C', 'J', 'N', 'S', 'Qu', 'Lorsqu', 'Puisqu', 'Jusqu'],
} as const;

const { prefixes, ambiguous, weekdays, months, sentenceStarters, elidedStarters } = frAbbreviations;

export const frRules: LanguageRules = {
  lang: 'fr',
  name: 'French',
  rules: [
    {
      // `av. J.-C.` is a date, not initials: it ends a sentence before a sentence starter
      // (`… 600 av. J.-C. Elle…`), not before a name (`En 52 av. J.-C. Vercingétorix…`).
      name: 'era-ends-sentence',
      break: true,
      before: `(?:av|apr)\\.[ \\u00a0\\u202f]?J\\.-C\\.${CLOSERS}`,
      after: sentenceStarterAhead(sentenceStarters, elidedStarters),
    },
    omissionRule,
    { name: 'prefix-abbreviation', break: false, before: abbreviationBefore(prefixes), after: '' },
    {
      name: 'weekday-in-a-date',
      break: false,
      before: abbreviationBefore(weekdays),
      after: `${HSPACE}+\\d{1,2}(?:er)?(?:,|${HSPACE}+${alternation(months, { capitalised: false })}(?![\\p{L}]))`,
    },
    hyphenatedInitialRule,
    {
      name: 'ambiguous-abbreviation',
      break: false,
      before: `${abbreviationBefore(ambiguous)}${CLOSERS}`,
      after: unlessSentenceStarter(sentenceStarters, elidedStarters),
    },
    initialRule(sentenceStarters, elidedStarters),
    acronymRule(sentenceStarters, elidedStarters),
    ...embeddedRules,
    sentenceEndRule('!?…‼⁇⁈⁉'),
  ],
  contexts: [listContext],
};
