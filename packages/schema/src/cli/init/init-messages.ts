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

const en: InitMessages = {
  askFolder: 'Folder to create',
  askName: 'Name of the network (or organisation)',
  askLanguages: 'Languages, the default first (comma separated)',
  askStages: 'Stages: how many, or their names (comma separated)',
  askClusters: 'Number of clusters (groups of building blocks)',
  askBlocks: 'Number of building blocks',
  notEmpty: (folder) => `${folder} is not empty: poolster init only writes into a new or empty folder, so nothing is overwritten.`,
  badLanguages: (value) => `--languages "${value}": give language codes such as nl,fr (the default language first).`,
  badStages: (value) => `--stages "${value}": give a number from 2 to 12, or 2 to 12 stage names separated by commas.`,
  badCount: (flag, value, min, max) => `--${flag} "${value}": give a whole number from ${min} to ${max}.`,
  tooFewBlocks: (blocks, clusters) => `${blocks} building blocks cannot fill ${clusters} clusters: every cluster needs at least one.`,
  done: (files, folder) =>
    `Wrote ${files} files in ${folder}: a valid instrument to start from.\n` +
    `Next: see it in the scan while you write every text marked TODO (your editor checks each file against the schema):\n` +
    `  npx poolster preview ${folder}\n` +
    `then build the instrument a site or server uses:\n` +
    `  npx poolster assemble ${folder} --out instrument.json\n`,
};

const nl: InitMessages = {
  askFolder: 'Map om aan te maken',
  askName: 'Naam van het netwerk (of de organisatie)',
  askLanguages: 'Talen, de standaardtaal eerst (gescheiden door komma’s)',
  askStages: 'Fasen: hoeveel, of hun namen (gescheiden door komma’s)',
  askClusters: 'Aantal clusters (groepen bouwstenen)',
  askBlocks: 'Aantal bouwstenen',
  notEmpty: (folder) => `${folder} is niet leeg: poolster init schrijft alleen in een nieuwe of lege map, zodat niets overschreven wordt.`,
  badLanguages: (value) => `--languages "${value}": geef taalcodes zoals nl,fr (de standaardtaal eerst).`,
  badStages: (value) => `--stages "${value}": geef een getal van 2 tot 12, of 2 tot 12 namen van fasen, gescheiden door komma’s.`,
  badCount: (flag, value, min, max) => `--${flag} "${value}": geef een geheel getal van ${min} tot ${max}.`,
  tooFewBlocks: (blocks, clusters) => `${blocks} bouwstenen kunnen geen ${clusters} clusters vullen: elke cluster heeft er minstens één nodig.`,
  done: (files, folder) =>
    `${files} bestanden geschreven in ${folder}: een geldig instrument om van te vertrekken.\n` +
    `Daarna: bekijk het in de scan terwijl je elke tekst met TODO schrijft (je editor controleert elk bestand tegen het schema):\n` +
    `  npx poolster preview ${folder}\n` +
    `en bouw dan het instrument dat een site of server gebruikt:\n` +
    `  npx poolster assemble ${folder} --out instrument.json\n`,
};

const fr: InitMessages = {
  askFolder: 'Dossier à créer',
  askName: 'Nom du réseau (ou de l’organisation)',
  askLanguages: 'Langues, celle par défaut d’abord (séparées par des virgules)',
  askStages: 'Étapes : combien, ou leurs noms (séparés par des virgules)',
  askClusters: 'Nombre de groupes de piliers',
  askBlocks: 'Nombre de piliers',
  notEmpty: (folder) => `${folder} n’est pas vide : poolster init n’écrit que dans un dossier nouveau ou vide, pour ne rien écraser.`,
  badLanguages: (value) => `--languages « ${value} » : donnez des codes de langue comme nl,fr (la langue par défaut d’abord).`,
  badStages: (value) => `--stages « ${value} » : donnez un nombre de 2 à 12, ou 2 à 12 noms d’étapes séparés par des virgules.`,
  badCount: (flag, value, min, max) => `--${flag} « ${value} » : donnez un nombre entier de ${min} à ${max}.`,
  tooFewBlocks: (blocks, clusters) => `${blocks} piliers ne peuvent pas remplir ${clusters} groupes : chaque groupe en demande au moins un.`,
  done: (files, folder) =>
    `${files} fichiers écrits dans ${folder} : un instrument valide pour commencer.\n` +
    `Ensuite : voyez-le dans l’autoévaluation pendant que vous rédigez chaque texte marqué TODO (votre éditeur vérifie chaque fichier selon le schéma) :\n` +
    `  npx poolster preview ${folder}\n` +
    `puis construisez l’instrument qu’un site ou un serveur utilise :\n` +
    `  npx poolster assemble ${folder} --out instrument.json\n`,
};

const MESSAGES: Record<string, InitMessages> = { en, nl, fr };

export function initMessages(lang: string): InitMessages {
  return MESSAGES[lang.split('-')[0] ?? ''] ?? en;
}
