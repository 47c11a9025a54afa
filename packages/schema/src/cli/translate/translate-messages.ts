/** What `poolster translate` says, in nl, fr and en (the language of `--lang`). */
export interface TranslateMessages {
  usage: string;
  badLanguage: (value: string) => string;
  nothingMissing: (lang: string) => string;
  wroteSheet: (rows: number, lang: string, file: string) => string;
  unreadableSheet: (file: string, line: number) => string;
  notUtf8: (file: string) => string;
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

const en: TranslateMessages = {
  usage: USAGE,
  badLanguage: (value) => `--to "${value}": give a language code such as nl, fr or nl-BE.`,
  nothingMissing: (lang) => `Every text already has a version in "${lang}": nothing to translate.`,
  wroteSheet: (rows, lang, file) =>
    `Wrote ${file}: ${rows} texts to translate into "${lang}". Fill in the last column, keeping {block} and {n} as they are (leave a cell empty to skip it), then\n` +
    `  npx poolster translate <the same folder or file> --merge ${file}\n`,
  notUtf8: (file) => `${file} is not saved as UTF-8, so accented letters would be lost: save it again as "CSV UTF-8".`,
  unreadableSheet: (file, line) => `${file}: a quote opened at line ${line} is never closed; save the sheet as CSV again.`,
  badHeader: (folder) =>
    `The first row must name the columns: ${folder ? 'file, path' : 'path'}, the source languages and one translation:<lang> column, as poolster translate --to wrote them${folder ? ' for a folder' : ' for a single file'}.`,
  rowNotAText: (row, where) => `row ${row} (${where}): there is no text there in the source any more.`,
  rowChanged: (row, where, lang) => `row ${row} (${where}): the "${lang}" text changed since the sheet was written.`,
  refused: (file, problems) =>
    `${file} does not match the source (${problems} rows): nothing was written. Write a new sheet with --to and copy the translations over.`,
  merged: (filled, files, lang) => `Filled ${filled} texts in "${lang}" in ${files} files.`,
  kept: (count) => `${count} texts already had a different translation and were kept (--force replaces them).`,
  empty: (count) => `${count} rows were left empty.`,
  languageAdded: (lang) => `Added "${lang}" to languages.`,
  placeholdersDiffer: (row, where, expected) => `row ${row} (${where}): the translation does not have the placeholders of the source (${expected}); they stand for a name the scan fills in.`,
};

const nl: TranslateMessages = {
  usage: USAGE,
  badLanguage: (value) => `--to "${value}": geef een taalcode zoals nl, fr of nl-BE.`,
  nothingMissing: (lang) => `Elke tekst heeft al een versie in "${lang}": er is niets te vertalen.`,
  wroteSheet: (rows, lang, file) =>
    `${file} geschreven: ${rows} teksten om te vertalen naar "${lang}". Vul de laatste kolom in en laat {block} en {n} staan zoals ze zijn (laat een cel leeg om ze over te slaan), daarna\n` +
    `  npx poolster translate <dezelfde map of hetzelfde bestand> --merge ${file}\n`,
  notUtf8: (file) => `${file} is niet als UTF-8 bewaard, zodat letters met accenten verloren zouden gaan: sla het opnieuw op als "CSV UTF-8".`,
  unreadableSheet: (file, line) => `${file}: een aanhalingsteken geopend op regel ${line} wordt nooit gesloten; sla het blad opnieuw op als CSV.`,
  badHeader: (folder) =>
    `De eerste rij moet de kolommen noemen: ${folder ? 'file, path' : 'path'}, de brontalen en één kolom translation:<taal>, zoals poolster translate --to ze schreef${folder ? ' voor een map' : ' voor één bestand'}.`,
  rowNotAText: (row, where) => `rij ${row} (${where}): daar staat geen tekst meer in de bron.`,
  rowChanged: (row, where, lang) => `rij ${row} (${where}): de tekst in "${lang}" is veranderd sinds het blad geschreven werd.`,
  refused: (file, problems) =>
    `${file} past niet bij de bron (${problems} rijen): er is niets geschreven. Schrijf een nieuw blad met --to en neem de vertalingen over.`,
  merged: (filled, files, lang) => `${filled} teksten in "${lang}" ingevuld in ${files} bestanden.`,
  kept: (count) => `${count} teksten hadden al een andere vertaling en zijn behouden (--force vervangt ze).`,
  empty: (count) => `${count} rijen bleven leeg.`,
  languageAdded: (lang) => `"${lang}" toegevoegd aan languages.`,
  placeholdersDiffer: (row, where, expected) => `rij ${row} (${where}): de vertaling heeft niet de plaatshouders van de bron (${expected}); die staan voor een naam die de scan invult.`,
};

const fr: TranslateMessages = {
  usage: USAGE,
  badLanguage: (value) => `--to « ${value} » : indiquez un code de langue comme nl, fr ou nl-BE.`,
  nothingMissing: (lang) => `Chaque texte a déjà une version en « ${lang} » : rien à traduire.`,
  wroteSheet: (rows, lang, file) =>
    `${file} écrit : ${rows} textes à traduire en « ${lang} ». Remplissez la dernière colonne en gardant {block} et {n} tels quels (laissez une cellule vide pour la passer), puis\n` +
    `  npx poolster translate <le même dossier ou fichier> --merge ${file}\n`,
  notUtf8: (file) => `${file} n’est pas enregistré en UTF-8 : les lettres accentuées seraient perdues ; enregistrez-le à nouveau en « CSV UTF-8 ».`,
  unreadableSheet: (file, line) => `${file} : un guillemet ouvert à la ligne ${line} n’est jamais fermé ; enregistrez à nouveau la feuille en CSV.`,
  badHeader: (folder) =>
    `La première ligne doit nommer les colonnes : ${folder ? 'file, path' : 'path'}, les langues sources et une colonne translation:<langue>, comme poolster translate --to les a écrites${folder ? ' pour un dossier' : ' pour un seul fichier'}.`,
  rowNotAText: (row, where) => `ligne ${row} (${where}) : il n’y a plus de texte à cet endroit dans la source.`,
  rowChanged: (row, where, lang) => `ligne ${row} (${where}) : le texte en « ${lang} » a changé depuis l’écriture de la feuille.`,
  refused: (file, problems) =>
    `${file} ne correspond pas à la source (${problems} lignes) : rien n’a été écrit. Écrivez une nouvelle feuille avec --to et reprenez-y les traductions.`,
  merged: (filled, files, lang) => `${filled} textes en « ${lang} » remplis dans ${files} fichiers.`,
  kept: (count) => `${count} textes avaient déjà une autre traduction et ont été gardés (--force les remplace).`,
  empty: (count) => `${count} lignes sont restées vides.`,
  languageAdded: (lang) => `« ${lang} » ajouté à languages.`,
  placeholdersDiffer: (row, where, expected) => `ligne ${row} (${where}) : la traduction n’a pas les espaces réservés de la source (${expected}) ; ils remplacent un nom que l’autoévaluation insère.`,
};

const MESSAGES: Record<string, TranslateMessages> = { en, nl, fr };

export function translateMessages(lang: string): TranslateMessages {
  return MESSAGES[lang.split('-')[0] ?? ''] ?? en;
}
