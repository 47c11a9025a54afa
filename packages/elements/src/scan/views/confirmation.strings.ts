import { defineStrings } from '../../i18n/strings.js';

/** The words of the confirmation a team sees once its scan is sent. */
export const confirmationStrings = defineStrings('scan-confirmation', {
  en: {
    title: 'Scan sent',
    reference: 'Your reference',
    sentAt: 'Sent on {time}.',
    nextSteps: 'What happens next',
    report: 'View the report',
    print: 'Print the report or save it as PDF',
    sentAnswers: 'The answers you sent',
    downloadSent: 'Download a copy of the answers sent (JSON)',
  },
  nl: {
    title: 'Scan verstuurd',
    reference: 'Je referentie',
    sentAt: 'Verstuurd op {time}.',
    nextSteps: 'Wat gebeurt er nu?',
    report: 'Het rapport bekijken',
    print: 'Het rapport afdrukken of als pdf bewaren',
    sentAnswers: 'De antwoorden die je verstuurd hebt',
    downloadSent: 'Een kopie van de verstuurde antwoorden downloaden (JSON)',
  },
  fr: {
    title: 'Scan envoyé',
    reference: 'Votre référence',
    sentAt: 'Envoyé le {time}.',
    nextSteps: 'Et maintenant ?',
    report: 'Voir le rapport',
    print: 'Imprimer le rapport ou l’enregistrer en PDF',
    sentAnswers: 'Les réponses que vous avez envoyées',
    downloadSent: 'Télécharger une copie des réponses envoyées (JSON)',
  },
});
