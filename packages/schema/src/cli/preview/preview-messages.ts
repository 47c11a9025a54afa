import { defineMessages } from '../../i18n/catalog.js';
import { fillPlaceholders, formatMessage } from '../../i18n/fill.js';

/** What `poolster preview` says, in the terminal and in its page, in nl, fr and en (the language of `--lang`). */
export interface PreviewMessages {
  /** The page's title and heading. */
  heading: (title: string) => string;
  navLabel: string;
  scan: string;
  report: string;
  compare: string;
  generated: string;
  live: string;
  issuesHeading: (errors: number) => string;
  warningsHeading: (warnings: number) => string;
  issuesHelp: string;
  warning: string;
  noElements: string;
  notFound: string;
  /** Terminal lines. */
  listening: (url: string, target: string) => string;
  valid: (target: string) => string;
  invalid: (target: string, errors: number) => string;
  changed: string;
  stopped: string;
  portInUse: (port: string) => string;
  badPort: (value: string) => string;
  usage: string;
}

const en = {
  heading: 'Preview: {title}',
  navLabel: 'Preview',
  scan: 'Scan',
  report: 'Report',
  compare: 'Comparison',
  generated: 'The report and the comparison show generated answers, made up for this preview.',
  live: 'This page reloads when a file of the instrument changes.',
  issuesHeading: { one: 'The instrument is not valid: {count} problem', other: 'The instrument is not valid: {count} problems' },
  warningsHeading: { one: '{count} warning', other: '{count} warnings' },
  issuesHelp: 'Fix the file at the line and column given; this page reloads when you save.',
  warning: 'warning',
  // The packages are on no registry: the elements come as the tarball `npm run release` writes in a clone.
  noElements:
    'The preview shows the instrument with @poolster/elements, which is not installed here. Make the packages with npm run release in a clone of the Poolster repository, install the elements’ tarball next to @poolster/schema (npm install ./release/poolster-elements-<version>.tgz) and start the preview again.',
  notFound: 'Not found.',
  listening: 'Previewing {target} at {url} (Ctrl+C stops)\n',
  valid: '{target}: valid\n',
  invalid: { one: '{target}: not valid ({count} problem)\n', other: '{target}: not valid ({count} problems)\n' },
  changed: 'changed: checking again',
  stopped: 'Preview stopped.\n',
  portInUse: 'Port {port} is in use: pick another with --port, or --port 0 for any free port.',
  badPort: '--port "{value}": give a whole number from 0 to 65535 (0: any free port).',
  usage: 'usage: poolster preview <source-dir | instrument.json> [--port N] [--lang nl|fr|en]',
};

const nl = {
  heading: 'Voorbeeld: {title}',
  navLabel: 'Voorbeeld',
  scan: 'Scan',
  report: 'Rapport',
  compare: 'Vergelijking',
  generated: 'Het rapport en de vergelijking tonen verzonnen antwoorden, gemaakt voor dit voorbeeld.',
  live: 'Deze pagina laadt opnieuw wanneer een bestand van het instrument verandert.',
  issuesHeading: { one: 'Het instrument is niet geldig: {count} probleem', other: 'Het instrument is niet geldig: {count} problemen' },
  warningsHeading: { one: '{count} waarschuwing', other: '{count} waarschuwingen' },
  issuesHelp: 'Verbeter het bestand op de gegeven regel en kolom; deze pagina laadt opnieuw wanneer je bewaart.',
  warning: 'waarschuwing',
  noElements:
    'Het voorbeeld toont het instrument met @poolster/elements, en dat is hier niet geïnstalleerd. Maak de pakketten met npm run release in een kloon van de Poolster-repository, installeer het tarball-bestand van de elementen naast @poolster/schema (npm install ./release/poolster-elements-<versie>.tgz) en start het voorbeeld opnieuw.',
  notFound: 'Niet gevonden.',
  listening: 'Voorbeeld van {target} op {url} (Ctrl+C stopt)\n',
  valid: '{target}: geldig\n',
  invalid: { one: '{target}: niet geldig ({count} probleem)\n', other: '{target}: niet geldig ({count} problemen)\n' },
  changed: 'gewijzigd: opnieuw controleren',
  stopped: 'Voorbeeld gestopt.\n',
  portInUse: 'Poort {port} is in gebruik: kies een andere met --port, of --port 0 voor een vrije poort.',
  badPort: '--port "{value}": geef een geheel getal van 0 tot 65535 (0: een vrije poort).',
  usage: 'gebruik: poolster preview <bronmap | instrument.json> [--port N] [--lang nl|fr|en]',
};

const fr = {
  heading: 'Aperçu : {title}',
  navLabel: 'Aperçu',
  scan: 'Scan',
  report: 'Rapport',
  compare: 'Comparaison',
  generated: 'Le rapport et la comparaison montrent des réponses inventées pour cet aperçu.',
  live: 'Cette page se recharge quand un fichier de l’instrument change.',
  issuesHeading: { one: 'L’instrument n’est pas valide : {count} problème', other: 'L’instrument n’est pas valide : {count} problèmes' },
  warningsHeading: { one: '{count} avertissement', other: '{count} avertissements' },
  issuesHelp: 'Corrigez le fichier à la ligne et à la colonne indiquées ; cette page se recharge quand vous enregistrez.',
  warning: 'avertissement',
  noElements:
    'L’aperçu montre l’instrument avec @poolster/elements, qui n’est pas installé ici. Créez les paquets avec npm run release dans un clone du dépôt Poolster, installez l’archive des éléments à côté de @poolster/schema (npm install ./release/poolster-elements-<version>.tgz) et relancez l’aperçu.',
  notFound: 'Introuvable.',
  listening: 'Aperçu de {target} sur {url} (Ctrl+C arrête)\n',
  valid: '{target} : valide\n',
  invalid: { one: '{target} : non valide ({count} problème)\n', other: '{target} : non valide ({count} problèmes)\n' },
  changed: 'modifié : nouvelle vérification',
  stopped: 'Aperçu arrêté.\n',
  portInUse: 'Le port {port} est occupé : choisissez-en un autre avec --port, ou --port 0 pour un port libre.',
  badPort: '--port « {value} » : donnez un nombre entier de 0 à 65535 (0 : un port libre).',
  usage: 'usage : poolster preview <dossier-source | instrument.json> [--port N] [--lang nl|fr|en]',
};

const previewWords = defineMessages('cli-preview', { en, nl, fr });

/** What `poolster preview` says in `lang`, by the one fallback rule, its placeholders and plural forms filled by the one function. */
export function previewMessages(lang: string): PreviewMessages {
  const t = previewWords(lang);
  return {
    ...t,
    heading: (title) => fillPlaceholders(t.heading, { title }),
    issuesHeading: (count) => formatMessage(t.issuesHeading, lang, { count }),
    warningsHeading: (count) => formatMessage(t.warningsHeading, lang, { count }),
    listening: (url, target) => fillPlaceholders(t.listening, { url, target }),
    valid: (target) => fillPlaceholders(t.valid, { target }),
    invalid: (target, count) => formatMessage(t.invalid, lang, { target, count }),
    portInUse: (port) => fillPlaceholders(t.portInUse, { port }),
    badPort: (value) => fillPlaceholders(t.badPort, { value }),
  };
}
