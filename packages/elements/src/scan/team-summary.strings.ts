import { defineStrings } from '../i18n/strings.js';

/** The words for what a team round left on a block: shared by the scan's summary and `<poolster-round>`. */
export const teamSummaryStrings = defineStrings('team-summary', {
  en: {
    label: 'Team round',
    placedAt: '{count} of {participants} placed it at {stage}',
    agreement: 'agreement',
    'some-divergence': 'some divergence',
    'wide-divergence': 'wide divergence',
    note: 'Note: {note}',
  },
  nl: {
    label: 'Teamronde',
    placedAt: '{count} van {participants} plaatsten het bij {stage}',
    agreement: 'eensgezind',
    'some-divergence': 'enigszins verdeeld',
    'wide-divergence': 'sterk verdeeld',
    note: 'Notitie: {note}',
  },
  fr: {
    label: "Tour d'équipe",
    placedAt: '{count} sur {participants} l’ont placé à {stage}',
    agreement: 'accord',
    'some-divergence': 'quelques divergences',
    'wide-divergence': 'fortes divergences',
    note: 'Note : {note}',
  },
});
