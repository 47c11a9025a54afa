/**
 * The words `poolster init` writes into a new instrument, per language. Everything the author must write
 * starts with the same marker, "TODO", in every language, so one search finds what is left; the rest
 * (the questions, how "{block}" reads) is usable as it stands. A language without its own words gets the
 * English ones, marked for translation.
 */
export interface ScaffoldWords {
  todo: (what: string) => string;
  title: string;
  description: string;
  blockPlaceholder: string;
  stageLabel: (n: number) => string;
  stageDescription: (label: string) => string;
  aboutTitle: string;
  aboutBody: string;
  clusterTitle: (n: number) => string;
  blockTitle: (n: number) => string;
  blockName: (n: number) => string;
  blockDefinition: string;
  organisation: string;
  now: string;
  next: string;
  stay: string;
  reach: (label: string) => string;
  priorities: string;
  priority: string;
}

export const TODO_MARKER = 'TODO';

const en: ScaffoldWords = {
  todo: (what) => `${TODO_MARKER}: ${what}`,
  title: 'the title of the scan',
  description: 'one or two sentences on what this scan is for',
  blockPlaceholder: 'this building block',
  stageLabel: (n) => `the name of stage ${n}`,
  stageDescription: (label) => `what "${label}" looks like for {block} (every block shows this text with its own name; a block file may give its own under "stages")`,
  aboutTitle: 'About this scan',
  aboutBody: 'a word of welcome: who the scan is for, how long it takes, what happens with the answers',
  clusterTitle: (n) => `the title of cluster ${n}`,
  blockTitle: (n) => `the title of building block ${n}`,
  blockName: (n) => `how building block ${n} is named inside a sentence, where the stages' texts name the block (lower case: "prevention")`,
  blockDefinition: 'what this building block means',
  organisation: 'The name of your organisation',
  now: 'Where does your organisation stand with {block}?',
  next: 'Where do you want to be with {block} in a year?',
  stay: 'Stay where we are',
  reach: (label) => `Reach ${label}`,
  priorities: 'Which building blocks come first for your organisation?',
  priority: 'Priority',
};

const nl: ScaffoldWords = {
  todo: (what) => `${TODO_MARKER}: ${what}`,
  title: 'de titel van de scan',
  description: 'een of twee zinnen over waarvoor deze scan dient',
  blockPlaceholder: 'deze bouwsteen',
  stageLabel: (n) => `de naam van fase ${n}`,
  stageDescription: (label) => `hoe „${label}” eruitziet voor {block} (elke bouwsteen toont deze tekst met zijn eigen naam; een bouwsteenbestand kan onder "stages" een eigen tekst geven)`,
  aboutTitle: 'Over deze scan',
  aboutBody: 'een welkomstwoord: voor wie de scan is, hoe lang hij duurt, wat er met de antwoorden gebeurt',
  clusterTitle: (n) => `de titel van cluster ${n}`,
  blockTitle: (n) => `de titel van bouwsteen ${n}`,
  blockName: (n) => `hoe bouwsteen ${n} heet midden in een zin, waar de teksten van de fasen de bouwsteen noemen (kleine letters: "preventie")`,
  blockDefinition: 'wat deze bouwsteen inhoudt',
  organisation: 'De naam van je organisatie',
  now: 'Waar staat je organisatie met {block}?',
  next: 'Waar wil je over een jaar staan met {block}?',
  stay: 'Blijven waar we staan',
  reach: (label) => `${label} bereiken`,
  priorities: 'Welke bouwstenen komen voor je organisatie eerst?',
  priority: 'Prioriteit',
};

const fr: ScaffoldWords = {
  todo: (what) => `${TODO_MARKER} : ${what}`,
  title: 'le titre de l’autoévaluation',
  description: 'une ou deux phrases sur le but de cette autoévaluation',
  blockPlaceholder: 'ce pilier',
  stageLabel: (n) => `le nom de l’étape ${n}`,
  stageDescription: (label) => `à quoi ressemble « ${label} » pour {block} (chaque pilier montre ce texte avec son propre nom ; un fichier de pilier peut donner le sien sous "stages")`,
  aboutTitle: 'À propos de cette autoévaluation',
  aboutBody: 'un mot d’accueil : à qui elle s’adresse, combien de temps elle prend, ce que deviennent les réponses',
  clusterTitle: (n) => `le titre du groupe ${n}`,
  blockTitle: (n) => `le titre du pilier ${n}`,
  blockName: (n) => `comment le pilier ${n} se nomme au milieu d’une phrase, là où les textes des étapes nomment le pilier (minuscules : « la prévention »)`,
  blockDefinition: 'ce que recouvre ce pilier',
  organisation: 'Le nom de votre organisation',
  now: 'Où en est votre organisation pour {block} ?',
  next: 'Où voulez-vous en être pour {block} dans un an ?',
  stay: 'Rester où nous sommes',
  reach: (label) => `Atteindre ${label}`,
  priorities: 'Quels piliers passent en premier pour votre organisation ?',
  priority: 'Priorité',
};

const WORDS: Record<string, ScaffoldWords> = { en, nl, fr };

/** The words for a language tag ("nl-BE" reads as "nl"); undefined when there are none of its own. */
export function ownScaffoldWords(lang: string): ScaffoldWords | undefined {
  return WORDS[lang.split('-')[0] ?? ''];
}
