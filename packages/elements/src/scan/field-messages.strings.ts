import { defineStrings } from '../i18n/strings.js';

/**
 * What the scan tells a team about a field, GOV.UK style: say what to do, and name the field by its own
 * label. `{label}` is that label already quoted (see `quoted`), `{block}` the building block's name as the
 * instrument writes it, `{n}` a number. Keys ending in One/Other are the two plural forms (see plural.ts).
 */
export const fieldMessageStrings = defineStrings('field-messages', {
  en: {
    quoted: '‘{text}’',
    stageRequired: 'Choose the stage your centre is at today for {block}.',
    ambitionRequired: 'Choose whether you keep the current stage of {block} or move on to a later stage.',
    choiceRequired: 'Choose an answer to {label}.',
    choicesRequiredOne: 'Choose at least {n} answer to {label}.',
    choicesRequiredOther: 'Choose at least {n} answers to {label}.',
    choicesTooManyOne: 'Choose at most {n} answer to {label}.',
    choicesTooManyOther: 'Choose at most {n} answers to {label}.',
    textRequired: 'Enter {label}.',
    blocksRequiredOne: 'Choose at least {n} building block for {label}.',
    blocksRequiredOther: 'Choose at least {n} building blocks for {label}.',
    blocksOrNoneRequired: 'Choose at least one building block for {label}, or say that there is none yet.',
    blocksTooManyOne: 'Choose at most {n} building block for {label}.',
    blocksTooManyOther: 'Choose at most {n} building blocks for {label}.',
    tooLong: '{label} can have at most {max} characters; it now has {length}.',
  },
  nl: {
    quoted: '‘{text}’',
    stageRequired: 'Kies het stadium waarin jullie centrum zich vandaag bevindt voor {block}.',
    ambitionRequired: 'Kies of jullie het huidige stadium van {block} aanhouden of naar een later stadium willen evolueren.',
    choiceRequired: 'Kies een antwoord op {label}.',
    choicesRequiredOne: 'Kies minstens {n} antwoord op {label}.',
    choicesRequiredOther: 'Kies minstens {n} antwoorden op {label}.',
    choicesTooManyOne: 'Kies hoogstens {n} antwoord op {label}.',
    choicesTooManyOther: 'Kies hoogstens {n} antwoorden op {label}.',
    textRequired: 'Vul {label} in.',
    blocksRequiredOne: 'Kies minstens {n} bouwsteen voor {label}.',
    blocksRequiredOther: 'Kies minstens {n} bouwstenen voor {label}.',
    blocksOrNoneRequired: 'Kies minstens één bouwsteen voor {label}, of zeg dat er nog geen is.',
    blocksTooManyOne: 'Kies hoogstens {n} bouwsteen voor {label}.',
    blocksTooManyOther: 'Kies hoogstens {n} bouwstenen voor {label}.',
    tooLong: '{label} mag hoogstens {max} tekens hebben; er staan er nu {length}.',
  },
  fr: {
    quoted: '« {text} »',
    stageRequired: 'Choisissez le stade où se trouve votre centre aujourd’hui pour {block}.',
    ambitionRequired: 'Indiquez si vous maintenez le stade actuel de {block} ou si vous voulez évoluer vers un stade ultérieur.',
    choiceRequired: 'Choisissez une réponse à {label}.',
    choicesRequiredOne: 'Choisissez au moins {n} réponse à {label}.',
    choicesRequiredOther: 'Choisissez au moins {n} réponses à {label}.',
    choicesTooManyOne: 'Choisissez au plus {n} réponse à {label}.',
    choicesTooManyOther: 'Choisissez au plus {n} réponses à {label}.',
    textRequired: 'Indiquez {label}.',
    blocksRequiredOne: 'Choisissez au moins {n} module pour {label}.',
    blocksRequiredOther: 'Choisissez au moins {n} modules pour {label}.',
    blocksOrNoneRequired: 'Choisissez au moins un module pour {label}, ou indiquez qu’il n’y en a pas encore.',
    blocksTooManyOne: 'Choisissez au plus {n} module pour {label}.',
    blocksTooManyOther: 'Choisissez au plus {n} modules pour {label}.',
    tooLong: '{label} peut compter au plus {max} caractères ; il en compte maintenant {length}.',
  },
});
