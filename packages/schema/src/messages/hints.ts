/**
 * The `validation-hints` catalog's tables: sentences added after a message (messages/index.ts `formatIssue`).
 * `didYouMean` follows a message about an unknown id when a known one almost matches (`params.suggestion`);
 * `example` when a valid example of the field exists elsewhere in the document (`params.examplePath`,
 * `params.example`); `reference` when there is none: where the field is described (`params.reference`).
 * A module of its own so that the drop-in can load them with the other late words (like the messages).
 */
export const hints = {
  en: {
    didYouMean: 'Did you mean "{suggestion}"?',
    example: 'A valid example is {examplePath}: {example}.',
    reference: 'See {reference} for this field, with an example.',
  },
  nl: {
    didYouMean: 'Bedoelde je "{suggestion}"?',
    example: 'Een geldig voorbeeld staat in {examplePath}: {example}.',
    reference: 'Zie {reference} voor dit veld, met een voorbeeld.',
  },
  fr: {
    didYouMean: 'Vouliez-vous dire « {suggestion} » ?',
    example: 'Un exemple valide se trouve en {examplePath} : {example}.',
    reference: 'Voir {reference} pour ce champ, avec un exemple.',
  },
};
