import { defineMessages, type Translation } from '../../i18n/catalog.js';
import { fillPlaceholders } from '../../i18n/fill.js';

/** What `poolster init` says and asks, in nl, fr and en (the language of `--lang`). */
export interface InitMessages {
  askFolder: string;
  askName: string;
  askLanguages: string;
  askStages: string;
  askClusters: string;
  askBlocks: string;
  notEmpty: (folder: string) => string;
  badLanguages: (value: string) => string;
  badStages: (value: string) => string;
  badCount: (flag: string, value: string, min: number, max: number) => string;
  tooFewBlocks: (blocks: number, clusters: number) => string;
  done: (files: number, folder: string) => string;
}

const en = {
  askFolder: 'Folder to create',
  askName: 'Name of the network (or organisation)',
  askLanguages: 'Languages, the default first (comma separated)',
  askStages: 'Stages: how many, or their names (comma separated)',
  askClusters: 'Number of clusters (groups of building blocks)',
  askBlocks: 'Number of building blocks',
  notEmpty: '{folder} is not empty: poolster init only writes into a new or empty folder, so nothing is overwritten.',
  badLanguages: '--languages "{value}": give language codes such as nl,fr (the default language first).',
  badStages: '--stages "{value}": give a number from 2 to 12, or 2 to 12 stage names separated by commas.',
  badCount: '--{flag} "{value}": give a whole number from {min} to {max}.',
  tooFewBlocks: '{blocks} building blocks cannot fill {clusters} clusters: every cluster needs at least one.',
  done: 'Wrote {files} files in {folder}: a valid instrument to start from.\nNext: see it in the scan while you write every text marked TODO (your editor checks each file against the schema):\n  npx poolster preview {folder}\nthen build the instrument a site or server uses:\n  npx poolster assemble {folder} --out instrument.json\n',
};

const nl: Translation<typeof en> = {
  askFolder: 'Map om aan te maken',
  askName: 'Naam van het netwerk (of de organisatie)',
  askLanguages: 'Talen, de standaardtaal eerst (gescheiden door komma’s)',
  askStages: 'Fasen: hoeveel, of hun namen (gescheiden door komma’s)',
  askClusters: 'Aantal clusters (groepen bouwstenen)',
  askBlocks: 'Aantal bouwstenen',
  notEmpty: '{folder} is niet leeg: poolster init schrijft alleen in een nieuwe of lege map, zodat niets overschreven wordt.',
  badLanguages: '--languages "{value}": geef taalcodes zoals nl,fr (de standaardtaal eerst).',
  badStages: '--stages "{value}": geef een getal van 2 tot 12, of 2 tot 12 namen van fasen, gescheiden door komma’s.',
  badCount: '--{flag} "{value}": geef een geheel getal van {min} tot {max}.',
  tooFewBlocks: '{blocks} bouwstenen kunnen geen {clusters} clusters vullen: elke cluster heeft er minstens één nodig.',
  done: '{files} bestanden geschreven in {folder}: een geldig instrument om van te vertrekken.\nDaarna: bekijk het in de scan terwijl je elke tekst met TODO schrijft (je editor controleert elk bestand tegen het schema):\n  npx poolster preview {folder}\nen bouw dan het instrument dat een site of server gebruikt:\n  npx poolster assemble {folder} --out instrument.json\n',
};

const fr: Translation<typeof en> = {
  askFolder: 'Dossier à créer',
  askName: 'Nom du réseau (ou de l’organisation)',
  askLanguages: 'Langues, celle par défaut d’abord (séparées par des virgules)',
  askStages: 'Étapes : combien, ou leurs noms (séparés par des virgules)',
  askClusters: 'Nombre de groupes de piliers',
  askBlocks: 'Nombre de piliers',
  notEmpty: '{folder} n’est pas vide : poolster init n’écrit que dans un dossier nouveau ou vide, pour ne rien écraser.',
  badLanguages: '--languages « {value} » : donnez des codes de langue comme nl,fr (la langue par défaut d’abord).',
  badStages: '--stages « {value} » : donnez un nombre de 2 à 12, ou 2 à 12 noms d’étapes séparés par des virgules.',
  badCount: '--{flag} « {value} » : donnez un nombre entier de {min} à {max}.',
  tooFewBlocks: '{blocks} piliers ne peuvent pas remplir {clusters} groupes : chaque groupe en demande au moins un.',
  done: '{files} fichiers écrits dans {folder} : un instrument valide pour commencer.\nEnsuite : voyez-le dans l’autoévaluation pendant que vous rédigez chaque texte marqué TODO (votre éditeur vérifie chaque fichier selon le schéma) :\n  npx poolster preview {folder}\npuis construisez l’instrument qu’un site ou un serveur utilise :\n  npx poolster assemble {folder} --out instrument.json\n',
};

/** The `cli-init` catalog of the one localisation mechanism: `registerLanguage('de', { 'cli-init': { … } })`. */
const initWords = defineMessages('cli-init', { en, nl, fr });

/** What `poolster init` says in `lang`, by the one fallback rule, its placeholders filled by the one function. */
export function initMessages(lang: string): InitMessages {
  const t = initWords(lang);
  return {
    ...t,
    notEmpty: (folder) => fillPlaceholders(t.notEmpty, { folder }),
    badLanguages: (value) => fillPlaceholders(t.badLanguages, { value }),
    badStages: (value) => fillPlaceholders(t.badStages, { value }),
    badCount: (flag, value, min, max) => fillPlaceholders(t.badCount, { flag, value, min, max }),
    tooFewBlocks: (blocks, clusters) => fillPlaceholders(t.tooFewBlocks, { blocks, clusters }),
    done: (files, folder) => fillPlaceholders(t.done, { files, folder }),
  };
}
