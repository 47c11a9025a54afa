import type { Language } from './language.js';

/** The host's own messages (the schema package words the validation issues). */
export interface HostMessages {
  invalidJson: string;
  invalidEncoding: string;
  invalidResponse: string;
  notSubmitted: string;
  keyMismatch: string;
  tooLarge: string;
  unsupportedMediaType: string;
  conflict: string;
  notFound: string;
  methodNotAllowed: string;
  misdirected: string;
  badRequest: string;
  serverError: string;
}

export const HOST_MESSAGES: Record<Language, HostMessages> = {
  nl: {
    invalidJson: 'De aanvraag is geen geldige JSON.',
    invalidEncoding: 'De aanvraag is geen geldige UTF-8-tekst.',
    invalidResponse: 'De antwoorden zijn niet geldig.',
    notSubmitted: 'Alleen ingediende antwoorden (status "submitted") worden aanvaard.',
    keyMismatch: 'De header Idempotency-Key moet gelijk zijn aan het id van de antwoorden.',
    tooLarge: 'De aanvraag is groter dan 1 MB.',
    unsupportedMediaType: 'Stuur de antwoorden als JSON (Content-Type: application/json).',
    conflict: 'Onder dit id zijn al andere antwoorden opgeslagen; die blijven behouden.',
    notFound: 'Niet gevonden.',
    methodNotAllowed: 'Deze methode is hier niet toegestaan.',
    misdirected: 'Deze server antwoordt alleen op zijn eigen adres.',
    badRequest: 'Ongeldige aanvraag.',
    serverError: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  },
  fr: {
    invalidJson: "La requête n'est pas du JSON valide.",
    invalidEncoding: "La requête n'est pas un texte UTF-8 valide.",
    invalidResponse: 'Les réponses ne sont pas valides.',
    notSubmitted: 'Seules les réponses envoyées (statut "submitted") sont acceptées.',
    keyMismatch: "L'en-tête Idempotency-Key doit être égal à l'id des réponses.",
    tooLarge: 'La requête dépasse 1 Mo.',
    unsupportedMediaType: 'Envoyez les réponses en JSON (Content-Type: application/json).',
    conflict: "D'autres réponses sont déjà enregistrées sous cet id ; elles sont conservées.",
    notFound: 'Introuvable.',
    methodNotAllowed: "Cette méthode n'est pas permise ici.",
    misdirected: "Ce serveur ne répond qu'à sa propre adresse.",
    badRequest: 'Requête invalide.',
    serverError: 'Une erreur est survenue sur le serveur. Réessayez plus tard.',
  },
  en: {
    invalidJson: 'The request is not valid JSON.',
    invalidEncoding: 'The request is not valid UTF-8 text.',
    invalidResponse: 'The answers are not valid.',
    notSubmitted: 'Only submitted responses (status "submitted") are accepted.',
    keyMismatch: 'The Idempotency-Key header must equal the id of the response.',
    tooLarge: 'The request is larger than 1 MB.',
    unsupportedMediaType: 'Send the response as JSON (Content-Type: application/json).',
    conflict: 'Other answers are already stored under this id; they are kept.',
    notFound: 'Not found.',
    methodNotAllowed: 'This method is not allowed here.',
    misdirected: 'This server only answers on its own address.',
    badRequest: 'Bad request.',
    serverError: 'Something went wrong on the server. Please try again later.',
  },
};
