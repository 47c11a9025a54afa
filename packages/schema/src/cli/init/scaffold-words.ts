import { catalogTables, defineMessages } from '../../i18n/catalog.js';
import { fillPlaceholders } from '../../i18n/fill.js';
import { FALLBACK_LANGUAGE, languageChain } from '../../i18n/languages.js';

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

const en = {
  todo: 'TODO: {what}',
  title: 'the title of the scan',
  description: 'one or two sentences on what this scan is for',
  blockPlaceholder: 'this building block',
  stageLabel: 'the name of stage {n}',
  stageDescription: 'what "{label}" looks like for {block} (every block shows this text with its own name; a block file may give its own under "stages")',
  aboutTitle: 'About this scan',
  aboutBody: 'a word of welcome: who the scan is for, how long it takes, what happens with the answers',
  clusterTitle: 'the title of cluster {n}',
  blockTitle: 'the title of building block {n}',
  blockName: 'how building block {n} is named inside a sentence, where the stages\' texts name the block (lower case: "prevention")',
  blockDefinition: 'what this building block means',
  organisation: 'The name of your organisation',
  now: 'Where does your organisation stand with {block}?',
  next: 'Where do you want to be with {block} in a year?',
  stay: 'Stay where we are',
  reach: 'Reach {label}',
  priorities: 'Which building blocks come first for your organisation?',
  priority: 'Priority',
};

const nl = {
  todo: 'TODO: {what}',
  title: 'de titel van de scan',
  description: 'een of twee zinnen over waarvoor deze scan dient',
  blockPlaceholder: 'deze bouwsteen',
  stageLabel: 'de naam van fase {n}',
  stageDescription: 'hoe „{label}” eruitziet voor {block} (elke bouwsteen toont deze tekst met zijn eigen naam; een bouwsteenbestand kan onder "stages" een eigen tekst geven)',
  aboutTitle: 'Over deze scan',
  aboutBody: 'een welkomstwoord: voor wie de scan is, hoe lang hij duurt, wat er met de antwoorden gebeurt',
  clusterTitle: 'de titel van cluster {n}',
  blockTitle: 'de titel van bouwsteen {n}',
  blockName: 'hoe bouwsteen {n} heet midden in een zin, waar de teksten van de fasen de bouwsteen noemen (kleine letters: "preventie")',
  blockDefinition: 'wat deze bouwsteen inhoudt',
  organisation: 'De naam van je organisatie',
  now: 'Waar staat je organisatie met {block}?',
  next: 'Waar wil je over een jaar staan met {block}?',
  stay: 'Blijven waar we staan',
  reach: '{label} bereiken',
  priorities: 'Welke bouwstenen komen voor je organisatie eerst?',
  priority: 'Prioriteit',
};

const fr = {
  todo: 'TODO : {what}',
  title: 'le titre de l’autoévaluation',
  description: 'une ou deux phrases sur le but de cette autoévaluation',
  blockPlaceholder: 'ce pilier',
  stageLabel: 'le nom de l’étape {n}',
  stageDescription: 'à quoi ressemble « {label} » pour {block} (chaque pilier montre ce texte avec son propre nom ; un fichier de pilier peut donner le sien sous "stages")',
  aboutTitle: 'À propos de cette autoévaluation',
  aboutBody: 'un mot d’accueil : à qui elle s’adresse, combien de temps elle prend, ce que deviennent les réponses',
  clusterTitle: 'le titre du groupe {n}',
  blockTitle: 'le titre du pilier {n}',
  blockName: 'comment le pilier {n} se nomme au milieu d’une phrase, là où les textes des étapes nomment le pilier (minuscules : « la prévention »)',
  blockDefinition: 'ce que recouvre ce pilier',
  organisation: 'Le nom de votre organisation',
  now: 'Où en est votre organisation pour {block} ?',
  next: 'Où voulez-vous en être pour {block} dans un an ?',
  stay: 'Rester où nous sommes',
  reach: 'Atteindre {label}',
  priorities: 'Quels piliers passent en premier pour votre organisation ?',
  priority: 'Priorité',
};

const scaffoldWords = defineMessages('cli-scaffold', { en, nl, fr });

/**
 * The words for a language tag ("nl-BE" reads as "nl", a language a host registered for `cli-scaffold`
 * reads as its own); undefined when there are none of its own, so the caller can mark English for translation.
 */
export function ownScaffoldWords(lang: string): ScaffoldWords | undefined {
  const tables = catalogTables().get('cli-scaffold');
  // English closes every chain; it counts as the language's own words only for an English tag.
  const chain = languageChain(lang);
  const asked = chain[0]?.split('-')[0] === FALLBACK_LANGUAGE ? chain : chain.filter((language) => language !== FALLBACK_LANGUAGE);
  const own = asked.some((language) => tables?.has(language));
  if (!own) return undefined;
  const t = scaffoldWords(lang);
  return {
    ...t,
    todo: (what) => fillPlaceholders(t.todo, { what }),
    stageLabel: (n) => fillPlaceholders(t.stageLabel, { n }),
    // `{block}` stays as written: the instrument fills it with each block's name.
    stageDescription: (label) => fillPlaceholders(t.stageDescription, { label }),
    clusterTitle: (n) => fillPlaceholders(t.clusterTitle, { n }),
    blockTitle: (n) => fillPlaceholders(t.blockTitle, { n }),
    blockName: (n) => fillPlaceholders(t.blockName, { n }),
    reach: (label) => fillPlaceholders(t.reach, { label }),
  };
}
