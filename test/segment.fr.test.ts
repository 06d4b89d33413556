import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { splitSentences } from '../src/segment/index.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const split = (text: string, lang = 'fr'): string[] => splitSentences(text, lang).map((sentence) => sentence.text);

interface Case {
  name: string;
  text: string;
  expected: string[];
}

const cases: Case[] = [
  // Titles and abbreviations that announce a name or a number.
  { name: 'M. before a name', text: 'M. Durand est arrivé hier. Il repart demain.', expected: ['M. Durand est arrivé hier.', 'Il repart demain.'] },
  { name: 'Mme, Mlle and Dr', text: 'Mme Roux et Mlle Petit ont vu le Dr. Morel. Elles sont rassurées.', expected: ['Mme Roux et Mlle Petit ont vu le Dr. Morel.', 'Elles sont rassurées.'] },
  { name: 'Pr., Me and Mgr. before capitals', text: 'Le Pr. Lemoine, Me. Vidal et Mgr. Aubert étaient présents. La séance a duré.', expected: ['Le Pr. Lemoine, Me. Vidal et Mgr. Aubert étaient présents.', 'La séance a duré.'] },
  { name: 'env. before a number', text: 'Il y avait env. 300 manifestants. La police en a compté moins.', expected: ['Il y avait env. 300 manifestants.', 'La police en a compté moins.'] },
  { name: 'cf. before a capitalised name', text: 'Ce point est discuté ailleurs (cf. Martin, 2012). Nous y revenons.', expected: ['Ce point est discuté ailleurs (cf. Martin, 2012).', 'Nous y revenons.'] },
  { name: 'art. followed by an article reference', text: "L'art. L. 121-1 du code s'applique. Le juge l'a rappelé.", expected: ["L'art. L. 121-1 du code s'applique.", "Le juge l'a rappelé."] },
  { name: 'etc. ends a sentence before a capitalised word', text: 'On y vend du pain, des fruits, etc. Le marché ouvre à 8 h.', expected: ['On y vend du pain, des fruits, etc.', 'Le marché ouvre à 8 h.'] },
  { name: 'etc. inside a sentence', text: 'Du pain, des fruits, etc. sont vendus ici.', expected: ['Du pain, des fruits, etc. sont vendus ici.'] },
  { name: 'abbreviated months before a year', text: 'Le 4 janv. 2016 et le 9 févr. 2017 sont des lundis. Le 2 déc. aussi.', expected: ['Le 4 janv. 2016 et le 9 févr. 2017 sont des lundis.', 'Le 2 déc. aussi.'] },
  { name: 'abbreviated month ending a sentence before a sentence starter', text: 'La réunion est fixée au 12 sept. Elle durera deux jours.', expected: ['La réunion est fixée au 12 sept.', 'Elle durera deux jours.'] },
  { name: 'abbreviated weekday before its day number', text: 'Le match a eu lieu le dim. 3 mars. Le sam. 9, il pleuvait. Rendez-vous ven. 1er déc.', expected: ['Le match a eu lieu le dim. 3 mars.', 'Le sam. 9, il pleuvait.', 'Rendez-vous ven. 1er déc.'] },
  { name: 'a word like a weekday still ends its sentence', text: "C'est un jeu. 3 joueurs suffisent. Il nage dans la mer. 2024 fut chaud.", expected: ["C'est un jeu.", '3 joueurs suffisent.', 'Il nage dans la mer.', '2024 fut chaud.'] },
  { name: 'n° and p.', text: 'Voir le dossier n° 12, p. 45. La suite est à la p. 46.', expected: ['Voir le dossier n° 12, p. 45.', 'La suite est à la p. 46.'] },
  { name: 'av. J.-C. inside a sentence', text: 'En 52 av. J.-C. Vercingétorix se rendit à César.', expected: ['En 52 av. J.-C. Vercingétorix se rendit à César.'] },
  { name: 'av. J.-C. ending a sentence', text: 'La ville fut fondée vers 600 av. J.-C. Elle devint grecque.', expected: ['La ville fut fondée vers 600 av. J.-C.', 'Elle devint grecque.'] },
  { name: 'St and Ste', text: 'Il est né à St-Étienne et vit rue Ste. Catherine. Sa sœur habite St. Malo.', expected: ['Il est né à St-Étienne et vit rue Ste. Catherine.', 'Sa sœur habite St. Malo.'] },
  // Initials.
  { name: 'hyphenated initials', text: "J.-P. Sartre et S. de Beauvoir ont fondé la revue. Elle paraît encore.", expected: ['J.-P. Sartre et S. de Beauvoir ont fondé la revue.', 'Elle paraît encore.'] },
  { name: 'initial before a surname', text: 'Le général C. de Gaulle et A. Malraux se sont rencontrés en 1945.', expected: ['Le général C. de Gaulle et A. Malraux se sont rencontrés en 1945.'] },
  { name: 'a single capital ending a sentence', text: 'Le bâtiment porte la lettre B. Il date de 1970.', expected: ['Le bâtiment porte la lettre B.', 'Il date de 1970.'] },
  // Guillemets, spacing of ? and !.
  { name: 'incise « … ! » followed by lowercase', text: 'Il a crié « Au feu ! » et tout le monde est sorti.', expected: ['Il a crié « Au feu ! » et tout le monde est sorti.'] },
  { name: 'quoted question then its attribution', text: `«${NBSP}Tu viens${NBSP}?${NBSP}», a-t-elle demandé. Il n'a pas répondu.`, expected: [`«${NBSP}Tu viens${NBSP}?${NBSP}», a-t-elle demandé.`, "Il n'a pas répondu."] },
  { name: 'a quoted sentence keeps its closing guillemet', text: 'Le maire a conclu : « Nous reconstruirons. » Puis il est parti.', expected: ['Le maire a conclu : « Nous reconstruirons. »', 'Puis il est parti.'] },
  { name: 'two sentences inside an embedded quotation', text: '« Rien ne va. Tout est fermé », regrette un commerçant. Il attend.', expected: ['« Rien ne va. Tout est fermé », regrette un commerçant.', 'Il attend.'] },
  { name: 'guillemets without spaces', text: 'Il a parlé de «crimes de guerre». Le ministère dément.', expected: ['Il a parlé de «crimes de guerre».', 'Le ministère dément.'] },
  { name: '? and ! after a no-break space', text: `Pourquoi${NBSP}? Parce que${NNBSP}! Voilà tout.`, expected: [`Pourquoi${NBSP}?`, `Parce que${NNBSP}!`, 'Voilà tout.'] },
  { name: '? followed by a lowercase word', text: 'Qui a gagné ? personne ne le sait encore.', expected: ['Qui a gagné ? personne ne le sait encore.'] },
  // Ellipsis.
  { name: '… followed by a capital', text: 'Il attendit… Personne ne vint.', expected: ['Il attendit…', 'Personne ne vint.'] },
  { name: '... followed by a capital', text: 'Il attendit... Personne ne vint.', expected: ['Il attendit...', 'Personne ne vint.'] },
  { name: 'ellipsis followed by lowercase', text: 'Il hésita… puis il entra.', expected: ['Il hésita… puis il entra.'] },
  { name: 'omission mark […]', text: 'Le texte dit : « Les habitants […] Les soldats sont partis ».', expected: ['Le texte dit : « Les habitants […] Les soldats sont partis ».'] },
  // Numbers.
  { name: 'grouped thousands, decimals, hours and ordinals', text: `Les 1 500 déplacés ont reçu 3,5 tonnes d'aide à 10 h 30. C'est le 1er convoi de 2${NBSP}000 colis.`, expected: ["Les 1 500 déplacés ont reçu 3,5 tonnes d'aide à 10 h 30.", `C'est le 1er convoi de 2${NBSP}000 colis.`] },
  { name: 'decimal point', text: 'Le taux est passé à 3.5 points. Il baisse.', expected: ['Le taux est passé à 3.5 points.', 'Il baisse.'] },
  { name: 'a year ends the sentence', text: 'La guerre a commencé en 2014. Elle dure encore.', expected: ['La guerre a commencé en 2014.', 'Elle dure encore.'] },
  // URLs and e-mails.
  { name: 'URL at the end of a sentence', text: 'Le rapport est sur https://www.amnesty.org/fr/documents/mde14.html. Il fait 40 pages.', expected: ['Le rapport est sur https://www.amnesty.org/fr/documents/mde14.html.', 'Il fait 40 pages.'] },
  { name: 'e-mail address', text: 'Écrivez à presse.paris@exemple.fr. Nous répondrons.', expected: ['Écrivez à presse.paris@exemple.fr.', 'Nous répondrons.'] },
  // Parentheses and brackets.
  { name: 'short parenthetical with a full stop inside', text: "Il a vécu à Erbil (il n'y est plus. Il vit à Bagdad.) pendant trois ans.", expected: ["Il a vécu à Erbil (il n'y est plus. Il vit à Bagdad.) pendant trois ans."] },
  { name: 'a parenthesised sentence is a sentence', text: 'Les chiffres varient. (Voir le tableau ci-dessous.) Ils restent élevés.', expected: ['Les chiffres varient.', '(Voir le tableau ci-dessous.)', 'Ils restent élevés.'] },
  { name: 'bracketed sentence end', text: 'La source est fiable [note 3]. Elle est citée deux fois.', expected: ['La source est fiable [note 3].', 'Elle est citée deux fois.'] },
  // Dotted acronyms.
  { name: 'dotted acronyms followed by lowercase', text: 'Les U.S.A. et LL.AA.II.RR. sont des sigles anciens.', expected: ['Les U.S.A. et LL.AA.II.RR. sont des sigles anciens.'] },
  { name: 'dotted acronym ending a sentence', text: "Il travaille pour l'O.N.U. Il voyage beaucoup.", expected: ["Il travaille pour l'O.N.U.", 'Il voyage beaucoup.'] },
  // Whitespace and layout.
  { name: 'a soft line break inside a sentence', text: 'La vieille ville\nest un dédale. Les rues sont étroites.', expected: ['La vieille ville\nest un dédale.', 'Les rues sont étroites.'] },
  { name: 'a blank line always ends a sentence', text: 'Titre sans point\n\nLe texte commence ici.', expected: ['Titre sans point', 'Le texte commence ici.'] },
  { name: 'surrounding whitespace is not part of a sentence', text: '  Une phrase.   Une autre.  ', expected: ['Une phrase.', 'Une autre.'] },
  { name: 'empty text', text: '', expected: [] },
  { name: 'whitespace only', text: ' \n\t ', expected: [] },
];

describe('French sentence rules', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets into the input, without surrounding whitespace', () => {
    for (const { text } of cases) {
      for (const sentence of splitSentences(text, 'fr')) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.text).toBe(sentence.text.trim());
      }
    }
  });

  it('matches languages by primary subtag', () => {
    expect(split('M. Roy est là. Il attend.', 'fr-CA')).toEqual(['M. Roy est là.', 'Il attend.']);
    expect(split('M. Roy est là. Il attend.', 'FR_fr')).toEqual(['M. Roy est là.', 'Il attend.']);
  });

  it('rejects an unknown language and names the supported ones', () => {
    expect(() => splitSentences('Hallo.', 'de')).toThrow(InputError);
    expect(() => splitSentences('Hallo.', 'de')).toThrow(/"de".*ar, en, fr/);
    expect(() => splitSentences('Hallo.', '')).toThrow(InputError);
  });
});

// The body of source-texts/mossoul-2017.md, sentence by sentence, paragraph by paragraph.
const mossoul: string[][] = [
  [
    "Selon les informations présentées par l'organisation non gouvernementale Amnesty International (AI), des milliers de civils ont été victimes de l'opération militaire visant la libération des quartiers ouest de Mossoul.",
  ],
  [
    "Ainsi, d'après AI, les terroristes de Daech «utilisaient des boucliers humains tuant ainsi des centaines voire des milliers des civils».",
    "Pour ce faire, les djihadistes ressemblaient de force à Mossoul des villageois et des habitants des villes se trouvant dans la zone des combats les empêchant de se mettre à l'abri.",
    "Ceux qui cherchaient à s'enfuir étaient fusillés, tandis que leurs corps étaient pendus pour servir d'exemple à ceux qui auraient voulu faire la même chose.",
  ],
  [
    'Néanmoins, le nombre élevé de victimes ne serait pas uniquement causé par les terroristes de Daech.',
    "À en croire le rapport publié par AI, les forces de sécurité irakiennes ainsi que celles de la coalition dirigée par Washington en seraient également responsables car elles n'avaient pas pris en considération le grand nombre de civils résidant dans les quartiers occupés par les terroristes et, par conséquent, elles n'ont pas changé leur stratégie lors des opérations militaires et le pilonnage massif de ces quartiers.",
  ],
  [
    'Amnesty International a également recensé une série d\'attaques dans lesquelles les forces irakiennes et celles de la coalition menée par les États-Unis ne semblent pas avoir atteint les cibles militaires visées, mais au contraire avoir tué et blessé des civils et détruit ou endommagé des biens civils.',
  ],
  [
    "Ayant interrogé quelque 150 personnes, y compris des habitants de la partie ouest de Mossoul, les experts, les analystes et les spécialistes d'AI ont constaté 45 pilonnages sur les positions de Daech, où au moins 426 civils ont été tués.",
  ],
  [
    "«L'ampleur et la gravité des pertes civiles durant l'opération militaire pour la reconquête de Mossoul doivent être immédiatement reconnues au plus haut niveau par le gouvernement irakien et par les autorités des États membres de la coalition menée par les États-Unis», a déclaré Lynn Maalouf, directrice de la recherche pour le Moyen-Orient à Amnesty International ajoutant que l'utilisation par Daech «des habitants comme boucliers humains n'amoindrit pas l'obligation légale des forces pro-gouvernementales de protéger les civils».",
  ],
  [
    "L'offensive de l'armée irakienne visant à éliminer les djihadistes de Daech de la province de Ninive et de sa capitale, Mossoul, a été lancée en octobre 2016.",
    'Les troupes gouvernementales sont appuyées par des milices populaires et l\'aviation de la coalition internationale dirigée par les États-Unis.',
  ],
  [
    "Le 18 juin 2017, l'armée irakienne a lancé l'assaut sur la vieille ville de Mossoul, qui était contrôlée par les djihadistes de Daech.",
    'Située sur la rive occidentale du Tigre, qui coupe la cité en deux, la vieille ville, qui était le dernier bastion du groupe terroriste à Mossoul, est un dédale de petites rues densément peuplées.',
    "L'avancée des blindés y était impossible et l'usage d'armes lourdes risquait de mettre en péril la population civile.",
  ],
];

describe('the sample article (mossoul-2017)', () => {
  it('has 14 sentences in paragraphs of 1, 3, 2, 1, 1, 1, 2 and 3', () => {
    expect(mossoul.map((paragraph) => paragraph.length)).toEqual([1, 3, 2, 1, 1, 1, 2, 3]);
    expect(mossoul.flat()).toHaveLength(14);
  });

  it.each(mossoul.map((sentences, index) => ({ paragraph: index + 1, sentences })))(
    'paragraph $paragraph splits as written',
    ({ sentences }) => {
      expect(split(sentences.join(' '))).toEqual(sentences);
    },
  );
});
