import { languageTables, type Language } from './language.js';
import type { PluralForms } from '@poolster/schema';

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
  /** The text before and after the link to the dashboard, and the link's words. */
  scanSentBefore: string;
  scanSentAfter: string;
  dashboardLink: string;
  dashboardTitle: string;
  noScans: string;
  noScansLink: string;
  noScansAfter: string;
  /** `{count}` scans submitted. */
  submittedCount: PluralForms;
  compareTitle: string;
  compareLead: string;
  compareFailed: string;
  listTitle: string;
  columnCentre: string;
  columnSubmitted: string;
  columnVersion: string;
  columnOverview: string;
  newest: string;
  older: string;
  morePages: string;
  noName: string;
  overviewHtml: string;
  overviewText: string;
  overviewMail: string;
  /** `{name}`: the centre's name. */
  reportTitle: string;
  reportHeading: string;
  back: string;
  reportSubmitted: string;
  reportOverview: string;
  error400: string;
  error401: string;
  error403: string;
  error404: string;
  error413: string;
  error415: string;
  error421: string;
  error429: string;
  error500: string;
  error503: string;
  /** The title of an error page whose status has no title of its own. */
  errorTitle: string;
  toScan: string;
  toDashboard: string;
}

export const PAGE_MESSAGES: Readonly<Record<Language, PageMessages>> = languageTables<PageMessages>('server-pages', {
  nl: {
    locale: 'nl-BE',
    skipLink: 'Naar de inhoud',
    mainMenu: 'Hoofdmenu',
    navScan: 'Scan invullen',
    navDashboard: 'Dashboard',
    scanLead: 'Vul de scan samen met je team in. Je antwoorden worden als klad bewaard, op dit toestel en op de server: je team gaat later verder, ook op een ander toestel, tot je ze verzendt.',
    scanSentBefore: 'Verzonden scans staan op het ',
    scanSentAfter: '.',
    dashboardLink: 'dashboard',
    dashboardTitle: 'Dashboard',
    noScans: 'Nog geen ingediende scans.',
    noScansLink: 'Vul de scan in',
    noScansAfter: 'en verzend hem: hij verschijnt hier.',
    submittedCount: { one: '{count} ingediende scan', other: '{count} ingediende scans' },
    compareTitle: 'Vergelijking',
    compareLead: 'De laatste scan van elk centrum.',
    compareFailed: 'De vergelijking kon niet geladen worden. Herlaad de pagina om het opnieuw te proberen.',
    listTitle: 'Ingediende scans',
    columnCentre: 'Centrum',
    columnSubmitted: 'Ingediend',
    columnVersion: 'Versie',
    columnOverview: 'Overzicht',
    newest: 'Nieuwste scans',
    older: 'Oudere scans',
    morePages: 'Meer scans',
    noName: '(zonder naam)',
    overviewHtml: 'overzicht (HTML)',
    overviewText: 'tekst',
    overviewMail: 'e-mail (.eml)',
    reportTitle: '{name} – rapport',
    reportHeading: 'Rapport',
    back: 'Terug naar het dashboard',
    reportSubmitted: 'Ingediend',
    reportOverview: 'Het overzicht van alle antwoorden, klaar voor een e-mail:',
    error400: 'Ongeldige aanvraag',
    error401: 'Aanmelden',
    error403: 'Geen toegang',
    error404: 'Niet gevonden',
    error413: 'Te groot',
    error415: 'Verkeerd formaat',
    error421: 'Verkeerd adres',
    error429: 'Te veel aanvragen',
    error500: 'Serverfout',
    error503: 'Even niet beschikbaar',
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
    scanSentBefore: 'Les scans envoyés figurent sur le ',
    scanSentAfter: '.',
    dashboardLink: 'tableau de bord',
    dashboardTitle: 'Tableau de bord',
    noScans: 'Aucun scan envoyé pour le moment.',
    noScansLink: 'Remplissez le scan',
    noScansAfter: 'et envoyez-le : il apparaîtra ici.',
    submittedCount: { one: '{count} scan envoyé', other: '{count} scans envoyés' },
    compareTitle: 'Comparaison',
    compareLead: 'Le dernier scan de chaque centre.',
    compareFailed: "La comparaison n'a pas pu être chargée. Rechargez la page pour réessayer.",
    listTitle: 'Scans envoyés',
    columnCentre: 'Centre',
    columnSubmitted: 'Envoyé',
    columnVersion: 'Version',
    columnOverview: 'Aperçu',
    newest: 'Scans les plus récents',
    older: 'Scans plus anciens',
    morePages: 'Plus de scans',
    noName: '(sans nom)',
    overviewHtml: 'aperçu (HTML)',
    overviewText: 'texte',
    overviewMail: 'e-mail (.eml)',
    reportTitle: '{name} – rapport',
    reportHeading: 'Rapport',
    back: 'Retour au tableau de bord',
    reportSubmitted: 'Envoyé le',
    reportOverview: "L'aperçu de toutes les réponses, prêt pour un e-mail :",
    error400: 'Requête non valide',
    error401: 'Connexion',
    error403: 'Accès refusé',
    error404: 'Introuvable',
    error413: 'Trop volumineux',
    error415: 'Format incorrect',
    error421: 'Mauvaise adresse',
    error429: 'Trop de requêtes',
    error500: 'Erreur du serveur',
    error503: 'Momentanément indisponible',
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
    scanSentBefore: 'Sent scans are on the ',
    scanSentAfter: '.',
    dashboardLink: 'dashboard',
    dashboardTitle: 'Dashboard',
    noScans: 'No scans submitted yet.',
    noScansLink: 'Fill in the scan',
    noScansAfter: 'and send it: it will appear here.',
    submittedCount: { one: '{count} submitted scan', other: '{count} submitted scans' },
    compareTitle: 'Comparison',
    compareLead: 'The latest scan of each centre.',
    compareFailed: 'The comparison could not be loaded. Reload the page to try again.',
    listTitle: 'Submitted scans',
    columnCentre: 'Centre',
    columnSubmitted: 'Submitted',
    columnVersion: 'Version',
    columnOverview: 'Overview',
    newest: 'Newest scans',
    older: 'Older scans',
    morePages: 'More scans',
    noName: '(no name)',
    overviewHtml: 'overview (HTML)',
    overviewText: 'text',
    overviewMail: 'e-mail (.eml)',
    reportTitle: '{name} – report',
    reportHeading: 'Report',
    back: 'Back to the dashboard',
    reportSubmitted: 'Submitted',
    reportOverview: 'The overview of all answers, ready for an e-mail:',
    error400: 'Invalid request',
    error401: 'Sign in',
    error403: 'No access',
    error404: 'Not found',
    error413: 'Too large',
    error415: 'Wrong format',
    error421: 'Wrong address',
    error429: 'Too many requests',
    error500: 'Server error',
    error503: 'Briefly unavailable',
    errorTitle: 'Error',
    toScan: 'To the scan',
    toDashboard: 'To the dashboard',
  },
});

/** The title of an error page: the status's own title when the table has one, else the general one. */
export function errorPageTitle(p: PageMessages, status: number): string {
  const own = (p as unknown as Readonly<Record<string, string | undefined>>)[`error${status}`];
  return own ?? p.errorTitle;
}
