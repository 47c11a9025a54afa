import { defineMessages } from '../../i18n/catalog.js';
import { fillPlaceholders, formatMessage } from '../../i18n/fill.js';

/** What `poolster translate` says, in nl, fr and en (the language of `--lang`). */
export interface TranslateMessages {
  usage: string;
  badLanguage: (value: string) => string;
  nothingMissing: (lang: string) => string;
  wroteSheet: (rows: number, lang: string, file: string) => string;
  unreadableSheet: (file: string, line: number) => string;
  notUtf8: (file: string) => string;
  /** The sheet's first row is not the header `--to` writes, for a folder or for one file. */
  badHeader: (folder: boolean) => string;
  rowNotAText: (row: number, where: string) => string;
  rowChanged: (row: number, where: string, lang: string) => string;
  refused: (file: string, problems: number) => string;
  merged: (filled: number, files: number, lang: string) => string;
  kept: (count: number) => string;
  empty: (count: number) => string;
  languageAdded: (lang: string) => string;
  placeholdersDiffer: (row: number, where: string, expected: string) => string;
}

const USAGE = 'usage: poolster translate <folder or instrument.json> --to <lang> [--out sheet.csv]\n       poolster translate <folder or instrument.json> --merge <sheet.csv> [--force]';

const en = {
  usage: USAGE,
  badLanguage: '--to "{value}": give a language code such as nl, fr or nl-BE.',
  nothingMissing: 'Every text already has a version in "{lang}": nothing to translate.',
  wroteSheet: {
    one: 'Wrote {file}: {count} text to translate into "{lang}". Fill in the last column, keeping {block} and {n} as they are (leave a cell empty to skip it), then\n  npx poolster translate <the same folder or file> --merge {file}\n',
    other: 'Wrote {file}: {count} texts to translate into "{lang}". Fill in the last column, keeping {block} and {n} as they are (leave a cell empty to skip it), then\n  npx poolster translate <the same folder or file> --merge {file}\n',
  },
  notUtf8: '{file} is not saved as UTF-8, so accented letters would be lost: save it again as "CSV UTF-8".',
  unreadableSheet: '{file}: a quote opened at line {line} is never closed; save the sheet as CSV again.',
  badHeaderFolder: 'The first row must name the columns: file, path, the source languages and one translation:<lang> column, as poolster translate --to wrote them for a folder.',
  badHeaderFile: 'The first row must name the columns: path, the source languages and one translation:<lang> column, as poolster translate --to wrote them for a single file.',
  rowNotAText: 'row {row} ({where}): there is no text there in the source any more.',
  rowChanged: 'row {row} ({where}): the "{lang}" text changed since the sheet was written.',
  refused: {
    one: '{file} does not match the source ({count} row): nothing was written. Write a new sheet with --to and copy the translations over.',
    other: '{file} does not match the source ({count} rows): nothing was written. Write a new sheet with --to and copy the translations over.',
  },
  merged: {
    one: 'Filled {count} text in "{lang}" in {files} files.',
    other: 'Filled {count} texts in "{lang}" in {files} files.',
  },
  kept: {
    one: '{count} text already had a different translation and was kept (--force replaces it).',
    other: '{count} texts already had a different translation and were kept (--force replaces them).',
  },
  empty: {
    one: '{count} row was left empty.',
    other: '{count} rows were left empty.',
  },
  languageAdded: 'Added "{lang}" to languages.',
  placeholdersDiffer: 'row {row} ({where}): the translation does not have the placeholders of the source ({expected}); they stand for a name the scan fills in.',
};

const nl = {
  usage: USAGE,
  badLanguage: '--to "{value}": geef een taalcode zoals nl, fr of nl-BE.',
  nothingMissing: 'Elke tekst heeft al een versie in "{lang}": er is niets te vertalen.',
  wroteSheet: {
    one: '{file} geschreven: {count} tekst om te vertalen naar "{lang}". Vul de laatste kolom in en laat {block} en {n} staan zoals ze zijn (laat een cel leeg om ze over te slaan), daarna\n  npx poolster translate <dezelfde map of hetzelfde bestand> --merge {file}\n',
    other: '{file} geschreven: {count} teksten om te vertalen naar "{lang}". Vul de laatste kolom in en laat {block} en {n} staan zoals ze zijn (laat een cel leeg om ze over te slaan), daarna\n  npx poolster translate <dezelfde map of hetzelfde bestand> --merge {file}\n',
  },
  notUtf8: '{file} is niet als UTF-8 bewaard, zodat letters met accenten verloren zouden gaan: sla het opnieuw op als "CSV UTF-8".',
  unreadableSheet: '{file}: een aanhalingsteken geopend op regel {line} wordt nooit gesloten; sla het blad opnieuw op als CSV.',
  badHeaderFolder: 'De eerste rij moet de kolommen noemen: file, path, de brontalen en één kolom translation:<taal>, zoals poolster translate --to ze schreef voor een map.',
  badHeaderFile: 'De eerste rij moet de kolommen noemen: path, de brontalen en één kolom translation:<taal>, zoals poolster translate --to ze schreef voor één bestand.',
  rowNotAText: 'rij {row} ({where}): daar staat geen tekst meer in de bron.',
  rowChanged: 'rij {row} ({where}): de tekst in "{lang}" is veranderd sinds het blad geschreven werd.',
  refused: {
    one: '{file} past niet bij de bron ({count} rij): er is niets geschreven. Schrijf een nieuw blad met --to en neem de vertalingen over.',
    other: '{file} past niet bij de bron ({count} rijen): er is niets geschreven. Schrijf een nieuw blad met --to en neem de vertalingen over.',
  },
  merged: {
    one: '{count} tekst in "{lang}" ingevuld in {files} bestanden.',
    other: '{count} teksten in "{lang}" ingevuld in {files} bestanden.',
  },
  kept: {
    one: '{count} tekst had al een andere vertaling en is behouden (--force vervangt hem).',
    other: '{count} teksten hadden al een andere vertaling en zijn behouden (--force vervangt ze).',
  },
  empty: {
    one: '{count} rij bleef leeg.',
    other: '{count} rijen bleven leeg.',
  },
  languageAdded: '"{lang}" toegevoegd aan languages.',
  placeholdersDiffer: 'rij {row} ({where}): de vertaling heeft niet de plaatshouders van de bron ({expected}); die staan voor een naam die de scan invult.',
};

const fr = {
  usage: USAGE,
  badLanguage: '--to « {value} » : indiquez un code de langue comme nl, fr ou nl-BE.',
  nothingMissing: 'Chaque texte a déjà une version en « {lang} » : rien à traduire.',
  wroteSheet: {
    one: '{file} écrit : {count} texte à traduire en « {lang} ». Remplissez la dernière colonne en gardant {block} et {n} tels quels (laissez une cellule vide pour la passer), puis\n  npx poolster translate <le même dossier ou fichier> --merge {file}\n',
    other: '{file} écrit : {count} textes à traduire en « {lang} ». Remplissez la dernière colonne en gardant {block} et {n} tels quels (laissez une cellule vide pour la passer), puis\n  npx poolster translate <le même dossier ou fichier> --merge {file}\n',
  },
  notUtf8: '{file} n’est pas enregistré en UTF-8 : les lettres accentuées seraient perdues ; enregistrez-le à nouveau en « CSV UTF-8 ».',
  unreadableSheet: '{file} : un guillemet ouvert à la ligne {line} n’est jamais fermé ; enregistrez à nouveau la feuille en CSV.',
  badHeaderFolder: 'La première ligne doit nommer les colonnes : file, path, les langues sources et une colonne translation:<langue>, comme poolster translate --to les a écrites pour un dossier.',
  badHeaderFile: 'La première ligne doit nommer les colonnes : path, les langues sources et une colonne translation:<langue>, comme poolster translate --to les a écrites pour un seul fichier.',
  rowNotAText: 'ligne {row} ({where}) : il n’y a plus de texte à cet endroit dans la source.',
  rowChanged: 'ligne {row} ({where}) : le texte en « {lang} » a changé depuis l’écriture de la feuille.',
  refused: {
    one: '{file} ne correspond pas à la source ({count} ligne) : rien n’a été écrit. Écrivez une nouvelle feuille avec --to et reprenez-y les traductions.',
    other: '{file} ne correspond pas à la source ({count} lignes) : rien n’a été écrit. Écrivez une nouvelle feuille avec --to et reprenez-y les traductions.',
  },
  merged: {
    one: '{count} texte en « {lang} » rempli dans {files} fichiers.',
    other: '{count} textes en « {lang} » remplis dans {files} fichiers.',
  },
  kept: {
    one: '{count} texte avait déjà une autre traduction et a été gardé (--force le remplace).',
    other: '{count} textes avaient déjà une autre traduction et ont été gardés (--force les remplace).',
  },
  empty: {
    one: '{count} ligne est restée vide.',
    other: '{count} lignes sont restées vides.',
  },
  languageAdded: '« {lang} » ajouté à languages.',
  placeholdersDiffer: 'ligne {row} ({where}) : la traduction n’a pas les espaces réservés de la source ({expected}) ; ils remplacent un nom que l’autoévaluation insère.',
};

const translateWords = defineMessages('cli-translate', { en, nl, fr });

/**
 * What `poolster translate` says in `lang`, by the one fallback rule, its placeholders and plural forms
 * filled by the one function. `{block}` and `{n}` in the sheet's note are left as written: they name the
 * placeholders a translator must keep.
 */
export function translateMessages(lang: string): TranslateMessages {
  const t = translateWords(lang);
  return {
    ...t,
    badLanguage: (value) => fillPlaceholders(t.badLanguage, { value }),
    nothingMissing: (language) => fillPlaceholders(t.nothingMissing, { lang: language }),
    wroteSheet: (count, language, file) => formatMessage(t.wroteSheet, lang, { count, lang: language, file }),
    unreadableSheet: (file, line) => fillPlaceholders(t.unreadableSheet, { file, line }),
    notUtf8: (file) => fillPlaceholders(t.notUtf8, { file }),
    badHeader: (folder) => (folder ? t.badHeaderFolder : t.badHeaderFile),
    rowNotAText: (row, where) => fillPlaceholders(t.rowNotAText, { row, where }),
    rowChanged: (row, where, language) => fillPlaceholders(t.rowChanged, { row, where, lang: language }),
    refused: (file, count) => formatMessage(t.refused, lang, { file, count }),
    merged: (count, files, language) => formatMessage(t.merged, lang, { count, files, lang: language }),
    kept: (count) => formatMessage(t.kept, lang, { count }),
    empty: (count) => formatMessage(t.empty, lang, { count }),
    languageAdded: (language) => fillPlaceholders(t.languageAdded, { lang: language }),
    placeholdersDiffer: (row, where, expected) => fillPlaceholders(t.placeholdersDiffer, { row, where, expected }),
  };
}
