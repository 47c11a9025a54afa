import { defineStrings } from '../i18n/strings.js';

/**
 * What the scan tells a team about a field, GOV.UK style: say what to do, and name the field by its own
 * label. `{label}` is that label already quoted (see `quoted`), `{block}` the building block's name as the
 * instrument writes it, `{n}` a number. A count's text has its plural forms (`{ one, other }`), chosen by the count.
 */
export const fieldMessageStrings = defineStrings('field-messages', {
  en: {
    quoted: '‘{text}’',
    stageRequired: 'Choose the stage your centre is at today for {block}.',
    ambitionRequired: 'Choose whether you keep the current stage of {block} or move on to a later stage.',
    choiceRequired: 'Choose an answer to {label}.',
    choicesRequired: { one: 'Choose at least {n} answer to {label}.', other: 'Choose at least {n} answers to {label}.' },
    choicesTooMany: { one: 'Choose at most {n} answer to {label}.', other: 'Choose at most {n} answers to {label}.' },
    textRequired: 'Enter {label}.',
    blocksRequired: { one: 'Choose at least {n} building block for {label}.', other: 'Choose at least {n} building blocks for {label}.' },
    blocksOrNoneRequired: 'Choose at least one building block for {label}, or say that there is none yet.',
    blocksTooMany: { one: 'Choose at most {n} building block for {label}.', other: 'Choose at most {n} building blocks for {label}.' },
    tooLong: '{label} can have at most {max} characters; it now has {length}.',
  },
  nl: {
    quoted: '‘{text}’',
    stageRequired: 'Kies het stadium waarin jullie centrum zich vandaag bevindt voor {block}.',
    ambitionRequired: 'Kies of jullie het huidige stadium van {block} aanhouden of naar een later stadium willen evolueren.',
    choiceRequired: 'Kies een antwoord op {label}.',
    choicesRequired: { one: 'Kies minstens {n} antwoord op {label}.', other: 'Kies minstens {n} antwoorden op {label}.' },
    choicesTooMany: { one: 'Kies hoogstens {n} antwoord op {label}.', other: 'Kies hoogstens {n} antwoorden op {label}.' },
    textRequired: 'Vul {label} in.',
    blocksRequired: { one: 'Kies minstens {n} bouwsteen voor {label}.', other: 'Kies minstens {n} bouwstenen voor {label}.' },
    blocksOrNoneRequired: 'Kies minstens één bouwsteen voor {label}, of zeg dat er nog geen is.',
    blocksTooMany: { one: 'Kies hoogstens {n} bouwsteen voor {label}.', other: 'Kies hoogstens {n} bouwstenen voor {label}.' },
    tooLong: '{label} mag hoogstens {max} tekens hebben; er staan er nu {length}.',
  },
  fr: {
    quoted: '« {text} »',
    stageRequired: 'Choisissez le stade où se trouve votre centre aujourd’hui pour {block}.',
    ambitionRequired: 'Indiquez si vous maintenez le stade actuel de {block} ou si vous voulez évoluer vers un stade ultérieur.',
    choiceRequired: 'Choisissez une réponse à {label}.',
    choicesRequired: { one: 'Choisissez au moins {n} réponse à {label}.', other: 'Choisissez au moins {n} réponses à {label}.' },
    choicesTooMany: { one: 'Choisissez au plus {n} réponse à {label}.', other: 'Choisissez au plus {n} réponses à {label}.' },
    textRequired: 'Indiquez {label}.',
    blocksRequired: { one: 'Choisissez au moins {n} module pour {label}.', other: 'Choisissez au moins {n} modules pour {label}.' },
    blocksOrNoneRequired: 'Choisissez au moins un module pour {label}, ou indiquez qu’il n’y en a pas encore.',
    blocksTooMany: { one: 'Choisissez au plus {n} module pour {label}.', other: 'Choisissez au plus {n} modules pour {label}.' },
    tooLong: '{label} peut compter au plus {max} caractères ; il en compte maintenant {length}.',
  },
});
