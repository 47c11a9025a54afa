import { languageTables, type Language } from './language.js';

/** The words of team rounds: the API's refusals and the join pages. */
export interface RoundMessages {
  roundNotFound: string;
  roundOpen: string;
  roundClosed: string;
  roundFull: string;
  noVotes: string;
  unknownBlock: string;
  invalidBallot: string;
  unknownInstrument: string;
  joinTitle: string;
  joinLead: string;
  codeLabel: string;
  codeHint: string;
  joinButton: string;
  voteTitle: string;
  noScript: string;
}

export const ROUND_MESSAGES: Readonly<Record<Language, RoundMessages>> = languageTables<RoundMessages>('server-rounds', {
  nl: {
    roundNotFound: 'Er loopt geen ronde met deze code. Kijk de code na op het gedeelde scherm.',
    roundOpen: 'Je centrum heeft al een open ronde voor deze scan. Ga daarmee verder, of sluit ze eerst.',
    roundClosed: 'Deze ronde is gesloten: er kan niets meer aan veranderen.',
    roundFull: 'Deze ronde heeft het grootste aantal deelnemers bereikt.',
    noVotes: 'Niemand heeft deze bouwsteen al ingeschaald: er is nog niets te tonen.',
    unknownBlock: 'Deze bouwsteen hoort niet bij de ronde.',
    invalidBallot: 'De inschaling is niet geldig.',
    unknownInstrument: 'Deze server kent dit instrument niet.',
    joinTitle: 'Meedoen aan een ronde',
    joinLead: 'Je team schaalt samen in. Typ de code van het gedeelde scherm: je keuze blijft anoniem, niemand ziet wie wat koos.',
    codeLabel: 'Code',
    codeHint: 'Zes tekens, zoals K7P3QX.',
    joinButton: 'Meedoen',
    voteTitle: 'Inschalen met je team',
    noScript: 'Deze pagina heeft JavaScript nodig om je inschaling door te sturen.',
  },
  fr: {
    roundNotFound: "Aucun tour n'est en cours avec ce code. Vérifiez le code sur l'écran partagé.",
    roundOpen: 'Votre centre a déjà un tour ouvert pour ce scan. Continuez celui-là, ou fermez-le d’abord.',
    roundClosed: 'Ce tour est fermé : plus rien ne peut y changer.',
    roundFull: 'Ce tour a atteint le nombre maximal de participants.',
    noVotes: "Personne n'a encore positionné ce bloc : il n'y a rien à montrer.",
    unknownBlock: 'Ce bloc ne fait pas partie du tour.',
    invalidBallot: "Le positionnement n'est pas valide.",
    unknownInstrument: 'Ce serveur ne connaît pas cet instrument.',
    joinTitle: 'Rejoindre un tour',
    joinLead: "Votre équipe se positionne ensemble. Tapez le code affiché sur l'écran partagé : votre choix reste anonyme, personne ne voit qui a choisi quoi.",
    codeLabel: 'Code',
    codeHint: 'Six caractères, comme K7P3QX.',
    joinButton: 'Rejoindre',
    voteTitle: 'Se positionner en équipe',
    noScript: 'Cette page a besoin de JavaScript pour envoyer votre positionnement.',
  },
  en: {
    roundNotFound: 'No round is running with this code. Check the code on the shared screen.',
    roundOpen: 'Your centre already has an open round for this scan. Go on with it, or close it first.',
    roundClosed: 'This round is closed: nothing in it can change any more.',
    roundFull: 'This round has reached the largest number of participants.',
    noVotes: 'Nobody has placed this block yet: there is nothing to show.',
    unknownBlock: 'This building block is not part of the round.',
    invalidBallot: 'The placement is not valid.',
    unknownInstrument: 'This server does not know this instrument.',
    joinTitle: 'Join a round',
    joinLead: 'Your team places the blocks together. Type the code on the shared screen: your choice stays anonymous, nobody sees who chose what.',
    codeLabel: 'Code',
    codeHint: 'Six characters, such as K7P3QX.',
    joinButton: 'Join',
    voteTitle: 'Place the blocks with your team',
    noScript: 'This page needs JavaScript to send your placement.',
  },
});
