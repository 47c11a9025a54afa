import { languageTables, type Language } from './language.js';

/** The server's own messages (the schema package words the validation issues). */
export interface ServerMessages {
  invalidJson: string;
  invalidEncoding: string;
  invalidResponse: string;
  invalidRequest: string;
  notSubmitted: string;
  keyMismatch: string;
  tooLarge: string;
  unsupportedMediaType: string;
  conflict: string;
  notFound: string;
  misdirected: string;
  tooManyRequests: string;
  busy: string;
  requestTimeout: string;
  headersTooLarge: string;
  storeUnavailable: string;
  closing: string;
  missingBuild: string;
  serverError: string;
  signInRequired: string;
  forbidden: string;
  crossSite: string;
  schoolGroupNameTaken: string;
  centreNameTaken: string;
  emailTaken: string;
  schoolGroupInUse: string;
  centreHasScans: string;
  centreHasPeople: string;
  unknownSchoolGroup: string;
  unknownCentre: string;
  placeRequired: string;
  /** A director who would not be a centre member: made one, or still one when the role changes. */
  directorNeedsCentreMember: string;
  notYourself: string;
  otherCentre: string;
}

export const MESSAGES: Readonly<Record<Language, ServerMessages>> = languageTables<ServerMessages>('server-messages', {
  nl: {
    invalidJson: 'De aanvraag is geen geldige JSON.',
    invalidEncoding: 'De aanvraag is geen geldige UTF-8-tekst.',
    invalidResponse: 'De antwoorden zijn niet geldig.',
    invalidRequest: 'De aanvraag is niet geldig.',
    notSubmitted: 'Alleen ingediende antwoorden (status "submitted") worden aanvaard.',
    keyMismatch: 'De header Idempotency-Key moet gelijk zijn aan het id van de antwoorden.',
    tooLarge: 'De aanvraag is groter dan 1 MB.',
    unsupportedMediaType: 'Stuur de antwoorden als JSON (Content-Type: application/json).',
    conflict: 'Onder dit id zijn al andere antwoorden opgeslagen; die blijven behouden.',
    notFound: 'Niet gevonden.',
    misdirected: 'Deze server antwoordt alleen op zijn eigen adres.',
    tooManyRequests: 'Te veel aanvragen vanaf dit adres. Wacht even en probeer het dan opnieuw.',
    busy: 'De server is even te druk. Probeer het zo meteen opnieuw; je antwoorden blijven op dit toestel bewaard.',
    requestTimeout: 'De aanvraag kwam niet op tijd volledig aan. Probeer het opnieuw.',
    headersTooLarge: 'De headers van de aanvraag zijn te groot.',
    storeUnavailable: 'De databank is even niet bereikbaar. Probeer het zo meteen opnieuw; er gaat niets verloren.',
    closing: 'De server wordt herstart. Probeer het zo meteen opnieuw.',
    missingBuild: 'Het scanbestand (poolster.js) ontbreekt op de server: voer `npm run build` uit.',
    serverError: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    signInRequired: 'Meld je eerst aan.',
    forbidden: 'Je hebt geen toegang tot deze pagina.',
    crossSite: 'Deze aanvraag komt van een andere website en wordt geweigerd.',
    schoolGroupNameTaken: 'Er bestaat al een scholengroep met deze naam.',
    centreNameTaken: 'Er bestaat al een centrum met deze naam.',
    emailTaken: 'Dit e-mailadres is al geregistreerd.',
    schoolGroupInUse: 'Deze scholengroep heeft nog centra of kijkers. Verplaats of verwijder die eerst.',
    centreHasScans: 'Dit centrum heeft opgeslagen scans en kan niet verwijderd worden. Verwijder eerst de scans (of exporteer ze).',
    centreHasPeople: 'Dit centrum heeft nog leden. Verplaats of verwijder hen eerst.',
    unknownSchoolGroup: 'Deze scholengroep bestaat niet.',
    unknownCentre: 'Dit centrum bestaat niet.',
    placeRequired: 'Een centrumlid heeft een centrum nodig, een kijker een scholengroep, een netwerkbeheerder geen van beide.',
    directorNeedsCentreMember: 'Alleen een lid van een centrum kan directeur zijn. Geef je een directeur een andere rol, vink dan ook ‘directeur’ uit.',
    notYourself: 'Je kunt je eigen account niet verwijderen of je eigen rol niet wijzigen.',
    otherCentre: 'Ander centrum',
  },
  fr: {
    invalidJson: "La requête n'est pas du JSON valide.",
    invalidEncoding: "La requête n'est pas un texte UTF-8 valide.",
    invalidResponse: 'Les réponses ne sont pas valides.',
    invalidRequest: "La requête n'est pas valide.",
    notSubmitted: 'Seules les réponses envoyées (statut "submitted") sont acceptées.',
    keyMismatch: "L'en-tête Idempotency-Key doit être égal à l'id des réponses.",
    tooLarge: 'La requête dépasse 1 Mo.',
    unsupportedMediaType: 'Envoyez les réponses en JSON (Content-Type: application/json).',
    conflict: "D'autres réponses sont déjà enregistrées sous cet id ; elles sont conservées.",
    notFound: 'Introuvable.',
    misdirected: "Ce serveur ne répond qu'à sa propre adresse.",
    tooManyRequests: 'Trop de requêtes depuis cette adresse. Patientez un instant, puis réessayez.',
    busy: 'Le serveur est momentanément surchargé. Réessayez dans un instant ; vos réponses restent sur cet appareil.',
    requestTimeout: "La requête n'est pas arrivée entière à temps. Réessayez.",
    headersTooLarge: 'Les en-têtes de la requête sont trop volumineux.',
    storeUnavailable: "La base de données est momentanément injoignable. Réessayez dans un instant ; rien n'est perdu.",
    closing: 'Le serveur redémarre. Réessayez dans un instant.',
    missingBuild: 'Le fichier du questionnaire (poolster.js) manque sur le serveur : lancez `npm run build`.',
    serverError: 'Une erreur est survenue sur le serveur. Réessayez plus tard.',
    signInRequired: "Connectez-vous d'abord.",
    forbidden: "Vous n'avez pas accès à cette page.",
    crossSite: 'Cette requête vient d’un autre site et est refusée.',
    schoolGroupNameTaken: 'Un groupe scolaire porte déjà ce nom.',
    centreNameTaken: 'Un centre porte déjà ce nom.',
    emailTaken: 'Cette adresse e-mail est déjà enregistrée.',
    schoolGroupInUse: "Ce groupe scolaire a encore des centres ou des lecteurs. Déplacez-les ou supprimez-les d'abord.",
    centreHasScans: "Ce centre a des questionnaires enregistrés et ne peut pas être supprimé. Supprimez d'abord les questionnaires (ou exportez-les).",
    centreHasPeople: "Ce centre a encore des membres. Déplacez-les ou supprimez-les d'abord.",
    unknownSchoolGroup: "Ce groupe scolaire n'existe pas.",
    unknownCentre: "Ce centre n'existe pas.",
    placeRequired: "Un membre de centre a besoin d'un centre, un lecteur d'un groupe scolaire, un administrateur du réseau d'aucun des deux.",
    directorNeedsCentreMember: "Seul un membre de centre peut être directeur. Pour donner un autre rôle à un directeur, décochez aussi « directeur ».",
    notYourself: 'Vous ne pouvez pas supprimer votre propre compte ni changer votre propre rôle.',
    otherCentre: 'Autre centre',
  },
  en: {
    invalidJson: 'The request is not valid JSON.',
    invalidEncoding: 'The request is not valid UTF-8 text.',
    invalidResponse: 'The answers are not valid.',
    invalidRequest: 'The request is not valid.',
    notSubmitted: 'Only submitted responses (status "submitted") are accepted.',
    keyMismatch: 'The Idempotency-Key header must equal the id of the response.',
    tooLarge: 'The request is larger than 1 MB.',
    unsupportedMediaType: 'Send the response as JSON (Content-Type: application/json).',
    conflict: 'Other answers are already stored under this id; they are kept.',
    notFound: 'Not found.',
    misdirected: 'This server only answers on its own address.',
    tooManyRequests: 'Too many requests from this address. Wait a moment, then try again.',
    busy: 'The server is too busy right now. Try again in a moment; your answers stay on this device.',
    requestTimeout: 'The request did not arrive in full in time. Please try again.',
    headersTooLarge: 'The headers of the request are too large.',
    storeUnavailable: 'The database cannot be reached right now. Try again in a moment; nothing is lost.',
    closing: 'The server is restarting. Try again in a moment.',
    missingBuild: 'The scan file (poolster.js) is missing on the server: run `npm run build`.',
    serverError: 'Something went wrong on the server. Please try again later.',
    signInRequired: 'Sign in first.',
    forbidden: 'You do not have access to this page.',
    crossSite: 'This request comes from another site and is refused.',
    schoolGroupNameTaken: 'A school group of this name already exists.',
    centreNameTaken: 'A centre of this name already exists.',
    emailTaken: 'This e-mail address is already registered.',
    schoolGroupInUse: 'This school group still has centres or viewers. Move or remove them first.',
    centreHasScans: 'This centre has stored scans and cannot be removed. Delete its scans first (or export them).',
    centreHasPeople: 'This centre still has members. Move or remove them first.',
    unknownSchoolGroup: 'This school group does not exist.',
    unknownCentre: 'This centre does not exist.',
    placeRequired: 'A centre member needs a centre, a viewer a school group, and a network admin neither.',
    directorNeedsCentreMember: 'Only a centre member can be a director. To give a director another role, untick “director” too.',
    notYourself: 'You cannot remove your own account or change your own role.',
    otherCentre: 'Other centre',
  },
});
