import { languageTables, type Language } from './language.js';

/** The words of the drafts routes and of reopening a sent scan. */
export interface DraftMessages {
  noDraft: string;
  draftExists: string;
  draftChanged: string;
  preconditionRequired: string;
  invalidDraft: string;
  alreadySent: string;
  reopenNoCentre: string;
  /** `{centre}` */
  reopenDraftExists: string;
  /** `{centre}` */
  reopened: string;
  /** `{centre}` */
  reopenedReplacing: string;
}

export const DRAFT_MESSAGES: Readonly<Record<Language, DraftMessages>> = languageTables<DraftMessages>('server-drafts', {
  nl: {
    noDraft: 'Er is geen bewaard concept van deze scan.',
    draftExists: 'Er is intussen al een concept van deze scan bewaard. Bekijk het voor je verdergaat.',
    draftChanged: 'Het concept is intussen door iemand anders bewaard of verwijderd. Bekijk de huidige versie voor je verdergaat.',
    preconditionRequired: 'Zeg welke versie van het concept je vervangt (If-Match), of dat je een nieuw concept maakt (If-None-Match: *).',
    invalidDraft: 'Het concept is niet geldig.',
    alreadySent: 'Deze scan is al verzonden: het concept ervan wordt niet meer bewaard. Begin een nieuwe scan.',
    reopenNoCentre: 'Deze scan hoort bij geen geregistreerd centrum en kan daarom geen concept van een centrum worden.',
    reopenDraftExists: '{centre} werkt aan een concept. Er is niets veranderd; heropen met vervangen (?replace=true) om dat concept te vervangen (je krijgt het dan terug in het antwoord).',
    reopened: 'De scan is opnieuw een concept van {centre}; het team kan hem verbeteren en opnieuw verzenden.',
    reopenedReplacing: 'De scan is opnieuw een concept van {centre}; het team kan hem verbeteren en opnieuw verzenden. Het concept waaraan {centre} werkte, is daarbij vervangen.',
  },
  fr: {
    noDraft: "Aucun brouillon de ce questionnaire n'est enregistré.",
    draftExists: 'Un brouillon de ce questionnaire a été enregistré entre-temps. Consultez-le avant de continuer.',
    draftChanged: "Le brouillon a été enregistré ou supprimé par quelqu'un d'autre entre-temps. Consultez la version actuelle avant de continuer.",
    preconditionRequired: 'Indiquez quelle version du brouillon vous remplacez (If-Match), ou que vous créez un nouveau brouillon (If-None-Match: *).',
    invalidDraft: "Le brouillon n'est pas valide.",
    alreadySent: "Ce questionnaire a déjà été envoyé : son brouillon n'est plus enregistré. Commencez un nouveau questionnaire.",
    reopenNoCentre: "Ce questionnaire n'appartient à aucun centre enregistré : il ne peut pas redevenir le brouillon d'un centre.",
    reopenDraftExists: "{centre} travaille à un brouillon. Rien n'a changé ; rouvrez avec remplacement (?replace=true) pour remplacer ce brouillon (il vous est alors renvoyé dans la réponse).",
    reopened: "Le questionnaire est redevenu un brouillon de {centre} ; l'équipe peut le corriger et l'envoyer à nouveau.",
    reopenedReplacing: "Le questionnaire est redevenu un brouillon de {centre} ; l'équipe peut le corriger et l'envoyer à nouveau. Le brouillon auquel {centre} travaillait a été remplacé.",
  },
  en: {
    noDraft: 'No draft of this scan is saved.',
    draftExists: 'A draft of this scan was saved in the meantime. Look at it before you go on.',
    draftChanged: 'The draft was saved or deleted by someone else in the meantime. Look at the current version before you go on.',
    preconditionRequired: 'Say which version of the draft you replace (If-Match), or that you create a new draft (If-None-Match: *).',
    invalidDraft: 'The draft is not valid.',
    alreadySent: 'This scan has already been sent: its draft is no longer kept. Start a new scan.',
    reopenNoCentre: 'This scan belongs to no registered centre, so it cannot become a centre’s draft.',
    reopenDraftExists: '{centre} is working on a draft. Nothing was changed; reopen with replace (?replace=true) to replace that draft (it is then returned in the answer).',
    reopened: 'The scan is a draft of {centre} again; the team can correct it and send it again.',
    reopenedReplacing: 'The scan is a draft of {centre} again; the team can correct it and send it again. The draft {centre} was working on has been replaced.',
  },
});
