import type { Language } from './language.js';

/** The words of the server's pages around the elements: the header, the scan, the dashboard, the report, the error page. */
export interface PageMessages {
  /** For Intl: dates on the dashboard and the report. */
  locale: string;
  skipLink: string;
  mainMenu: string;
  navScan: string;
  navDashboard: string;
  /** The scan page's lead, around the link to the dashboard. */
  scanLead: string;
  /** The text around the link to the dashboard, and the link's words. */
  scanSent: [before: string, after: string];
  dashboardLink: string;
  dashboardTitle: string;
  noScans: string;
  noScansLink: string;
  noScansAfter: string;
  submittedCount: (count: number) => string;
  compareTitle: string;
  compareLead: string;
  compareFailed: string;
  listTitle: string;
  columns: { centre: string; submitted: string; version: string; overview: string };
  newest: string;
  older: string;
  morePages: string;
  noName: string;
  overviewHtml: string;
  overviewText: string;
  overviewMail: string;
  reportTitle: (name: string) => string;
  reportHeading: string;
  back: string;
  reportSubmitted: string;
  reportOverview: string;
  errorTitles: Record<number, string>;
  errorTitle: string;
  toScan: string;
  toDashboard: string;
}

export const PAGE_MESSAGES: Record<Language, PageMessages> = {
  nl: {
    locale: 'nl-BE',
    skipLink: 'Naar de inhoud',
    mainMenu: 'Hoofdmenu',
    navScan: 'Scan invullen',
    navDashboard: 'Dashboard',
    scanLead: 'Vul de scan samen met je team in. Je antwoorden worden als klad bewaard, op dit toestel en op de server: je team gaat later verder, ook op een ander toestel, tot je ze verzendt.',
    scanSent: ['Verzonden scans staan op het ', '.'],
    dashboardLink: 'dashboard',
    dashboardTitle: 'Dashboard',
    noScans: 'Nog geen ingediende scans.',
    noScansLink: 'Vul de scan in',
    noScansAfter: 'en verzend hem: hij verschijnt hier.',
    submittedCount: (count) => (count === 1 ? '1 ingediende scan' : `${count} ingediende scans`),
    compareTitle: 'Vergelijking',
    compareLead: 'De laatste scan van elk centrum.',
    compareFailed: 'De vergelijking kon niet geladen worden. Herlaad de pagina om het opnieuw te proberen.',
    listTitle: 'Ingediende scans',
    columns: { centre: 'Centrum', submitted: 'Ingediend', version: 'Versie', overview: 'Overzicht' },
    newest: 'Nieuwste scans',
    older: 'Oudere scans',
    morePages: 'Meer scans',
    noName: '(zonder naam)',
    overviewHtml: 'overzicht (HTML)',
    overviewText: 'tekst',
    overviewMail: 'e-mail (.eml)',
    reportTitle: (name) => `${name} – rapport`,
    reportHeading: 'Rapport',
    back: 'Terug naar het dashboard',
    reportSubmitted: 'Ingediend',
    reportOverview: 'Het overzicht van alle antwoorden, klaar voor een e-mail:',
    errorTitles: {
      400: 'Ongeldige aanvraag',
      401: 'Aanmelden',
      403: 'Geen toegang',
      404: 'Niet gevonden',
      413: 'Te groot',
      415: 'Verkeerd formaat',
      421: 'Verkeerd adres',
      429: 'Te veel aanvragen',
      500: 'Serverfout',
      503: 'Even niet beschikbaar',
    },
    errorTitle: 'Fout',
    toScan: 'Naar de scan',
    toDashboard: 'Naar het dashboard',
  },
  fr: {
    locale: 'fr-BE',
    skipLink: 'Aller au contenu',
    mainMenu: 'Menu principal',
    navScan: 'Remplir le scan',
    navDashboard: 'Tableau de bord',
    scanLead: "Remplissez le scan avec votre équipe. Vos réponses sont enregistrées comme brouillon, sur cet appareil et sur le serveur : votre équipe peut continuer plus tard, même sur un autre appareil, jusqu'à leur envoi.",
    scanSent: ['Les scans envoyés figurent sur le ', '.'],
    dashboardLink: 'tableau de bord',
    dashboardTitle: 'Tableau de bord',
    noScans: 'Aucun scan envoyé pour le moment.',
    noScansLink: 'Remplissez le scan',
    noScansAfter: 'et envoyez-le : il apparaîtra ici.',
    submittedCount: (count) => (count === 1 ? '1 scan envoyé' : `${count} scans envoyés`),
    compareTitle: 'Comparaison',
    compareLead: 'Le dernier scan de chaque centre.',
    compareFailed: "La comparaison n'a pas pu être chargée. Rechargez la page pour réessayer.",
    listTitle: 'Scans envoyés',
    columns: { centre: 'Centre', submitted: 'Envoyé', version: 'Version', overview: 'Aperçu' },
    newest: 'Scans les plus récents',
    older: 'Scans plus anciens',
    morePages: 'Plus de scans',
    noName: '(sans nom)',
    overviewHtml: 'aperçu (HTML)',
    overviewText: 'texte',
    overviewMail: 'e-mail (.eml)',
    reportTitle: (name) => `${name} – rapport`,
    reportHeading: 'Rapport',
    back: 'Retour au tableau de bord',
    reportSubmitted: 'Envoyé le',
    reportOverview: "L'aperçu de toutes les réponses, prêt pour un e-mail :",
    errorTitles: {
      400: 'Requête non valide',
      401: 'Connexion',
      403: 'Accès refusé',
      404: 'Introuvable',
      413: 'Trop volumineux',
      415: 'Format incorrect',
      421: 'Mauvaise adresse',
      429: 'Trop de requêtes',
      500: 'Erreur du serveur',
      503: 'Momentanément indisponible',
    },
    errorTitle: 'Erreur',
    toScan: 'Vers le scan',
    toDashboard: 'Vers le tableau de bord',
  },
  en: {
    locale: 'en-GB',
    skipLink: 'Skip to content',
    mainMenu: 'Main menu',
    navScan: 'Fill in the scan',
    navDashboard: 'Dashboard',
    scanLead: 'Fill in the scan together with your team. Your answers are kept as a draft, on this device and on the server: your team can continue later, on another device too, until you send them.',
    scanSent: ['Sent scans are on the ', '.'],
    dashboardLink: 'dashboard',
    dashboardTitle: 'Dashboard',
    noScans: 'No scans submitted yet.',
    noScansLink: 'Fill in the scan',
    noScansAfter: 'and send it: it will appear here.',
    submittedCount: (count) => (count === 1 ? '1 submitted scan' : `${count} submitted scans`),
    compareTitle: 'Comparison',
    compareLead: 'The latest scan of each centre.',
    compareFailed: 'The comparison could not be loaded. Reload the page to try again.',
    listTitle: 'Submitted scans',
    columns: { centre: 'Centre', submitted: 'Submitted', version: 'Version', overview: 'Overview' },
    newest: 'Newest scans',
    older: 'Older scans',
    morePages: 'More scans',
    noName: '(no name)',
    overviewHtml: 'overview (HTML)',
    overviewText: 'text',
    overviewMail: 'e-mail (.eml)',
    reportTitle: (name) => `${name} – report`,
    reportHeading: 'Report',
    back: 'Back to the dashboard',
    reportSubmitted: 'Submitted',
    reportOverview: 'The overview of all answers, ready for an e-mail:',
    errorTitles: {
      400: 'Invalid request',
      401: 'Sign in',
      403: 'No access',
      404: 'Not found',
      413: 'Too large',
      415: 'Wrong format',
      421: 'Wrong address',
      429: 'Too many requests',
      500: 'Server error',
      503: 'Briefly unavailable',
    },
    errorTitle: 'Error',
    toScan: 'To the scan',
    toDashboard: 'To the dashboard',
  },
};
