import { defineStrings } from '../i18n/strings.js';

/** Interface texts of `<poolster-progress-nav>`. `{n}` and `{total}` are filled by `format`. */
export const progressNavStrings = defineStrings('progress-nav', {
  en: {
    label: 'Progress',
    counter: 'Step {n} of {total}',
    notStarted: 'not started',
    incomplete: 'incomplete',
    complete: 'complete',
  },
  nl: {
    label: 'Voortgang',
    counter: 'Stap {n} van {total}',
    notStarted: 'nog niet begonnen',
    incomplete: 'onvolledig',
    complete: 'volledig',
  },
  fr: {
    label: 'Progression',
    counter: 'Étape {n} sur {total}',
    notStarted: 'pas commencé',
    incomplete: 'incomplet',
    complete: 'complet',
  },
});
