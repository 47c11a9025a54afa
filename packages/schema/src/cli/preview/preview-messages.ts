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

const en: PreviewMessages = {
  heading: (title) => `Preview: ${title}`,
  navLabel: 'Preview',
  scan: 'Scan',
  report: 'Report',
  compare: 'Comparison',
  generated: 'The report and the comparison show generated answers, made up for this preview.',
  live: 'This page reloads when a file of the instrument changes.',
  issuesHeading: (n) => (n === 1 ? 'The instrument is not valid: 1 problem' : `The instrument is not valid: ${n} problems`),
  warningsHeading: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
  issuesHelp: 'Fix the file at the line and column given; this page reloads when you save.',
  warning: 'warning',
  noElements:
    'The preview shows the instrument with @poolster/elements, which is not installed here. Install it next to @poolster/schema (npm install @poolster/elements) and start the preview again.',
  notFound: 'Not found.',
  listening: (url, target) => `Previewing ${target} at ${url} (Ctrl+C stops)\n`,
  valid: (target) => `${target}: valid\n`,
  invalid: (target, n) => `${target}: not valid (${n === 1 ? '1 problem' : `${n} problems`})\n`,
  changed: 'changed: checking again',
  stopped: 'Preview stopped.\n',
  portInUse: (port) => `Port ${port} is in use: pick another with --port, or --port 0 for any free port.`,
  badPort: (value) => `--port "${value}": give a whole number from 0 to 65535 (0: any free port).`,
  usage: 'usage: poolster preview <source-dir | instrument.json> [--port N] [--lang nl|fr|en]',
};

const nl: PreviewMessages = {
  heading: (title) => `Voorbeeld: ${title}`,
  navLabel: 'Voorbeeld',
  scan: 'Scan',
  report: 'Rapport',
  compare: 'Vergelijking',
  generated: 'Het rapport en de vergelijking tonen verzonnen antwoorden, gemaakt voor dit voorbeeld.',
  live: 'Deze pagina laadt opnieuw wanneer een bestand van het instrument verandert.',
  issuesHeading: (n) => (n === 1 ? 'Het instrument is niet geldig: 1 probleem' : `Het instrument is niet geldig: ${n} problemen`),
  warningsHeading: (n) => (n === 1 ? '1 waarschuwing' : `${n} waarschuwingen`),
  issuesHelp: 'Verbeter het bestand op de gegeven regel en kolom; deze pagina laadt opnieuw wanneer je bewaart.',
  warning: 'waarschuwing',
  noElements:
    'Het voorbeeld toont het instrument met @poolster/elements, en dat is hier niet geïnstalleerd. Installeer het naast @poolster/schema (npm install @poolster/elements) en start het voorbeeld opnieuw.',
  notFound: 'Niet gevonden.',
  listening: (url, target) => `Voorbeeld van ${target} op ${url} (Ctrl+C stopt)\n`,
  valid: (target) => `${target}: geldig\n`,
  invalid: (target, n) => `${target}: niet geldig (${n === 1 ? '1 probleem' : `${n} problemen`})\n`,
  changed: 'gewijzigd: opnieuw controleren',
  stopped: 'Voorbeeld gestopt.\n',
  portInUse: (port) => `Poort ${port} is in gebruik: kies een andere met --port, of --port 0 voor een vrije poort.`,
  badPort: (value) => `--port "${value}": geef een geheel getal van 0 tot 65535 (0: een vrije poort).`,
  usage: 'gebruik: poolster preview <bronmap | instrument.json> [--port N] [--lang nl|fr|en]',
};

const fr: PreviewMessages = {
  heading: (title) => `Aperçu : ${title}`,
  navLabel: 'Aperçu',
  scan: 'Scan',
  report: 'Rapport',
  compare: 'Comparaison',
  generated: 'Le rapport et la comparaison montrent des réponses inventées pour cet aperçu.',
  live: 'Cette page se recharge quand un fichier de l’instrument change.',
  issuesHeading: (n) => (n === 1 ? 'L’instrument n’est pas valide : 1 problème' : `L’instrument n’est pas valide : ${n} problèmes`),
  warningsHeading: (n) => (n === 1 ? '1 avertissement' : `${n} avertissements`),
  issuesHelp: 'Corrigez le fichier à la ligne et à la colonne indiquées ; cette page se recharge quand vous enregistrez.',
  warning: 'avertissement',
  noElements:
    'L’aperçu montre l’instrument avec @poolster/elements, qui n’est pas installé ici. Installez-le à côté de @poolster/schema (npm install @poolster/elements) et relancez l’aperçu.',
  notFound: 'Introuvable.',
  listening: (url, target) => `Aperçu de ${target} sur ${url} (Ctrl+C arrête)\n`,
  valid: (target) => `${target} : valide\n`,
  invalid: (target, n) => `${target} : non valide (${n === 1 ? '1 problème' : `${n} problèmes`})\n`,
  changed: 'modifié : nouvelle vérification',
  stopped: 'Aperçu arrêté.\n',
  portInUse: (port) => `Le port ${port} est occupé : choisissez-en un autre avec --port, ou --port 0 pour un port libre.`,
  badPort: (value) => `--port « ${value} » : donnez un nombre entier de 0 à 65535 (0 : un port libre).`,
  usage: 'usage : poolster preview <dossier-source | instrument.json> [--port N] [--lang nl|fr|en]',
};

const MESSAGES: Record<string, PreviewMessages> = { en, nl, fr };

export function previewMessages(lang: string): PreviewMessages {
  return MESSAGES[lang.split('-')[0] ?? ''] ?? en;
}
