import { defineStrings } from '../i18n/strings.js';

/** Interface texts of `<poolster-block-pick>`. `{n}` is how many are picked, `{max}` the limit. */
export const blockPickStrings = defineStrings('block-pick', {
  en: {
    count: '{n} of {max} chosen',
    limit: 'You can choose at most {max}.',
  },
  nl: {
    count: '{n} van {max} gekozen',
    limit: 'Je kan er hoogstens {max} kiezen.',
  },
  fr: {
    count: '{n} sur {max} choisis',
    limit: 'Vous pouvez en choisir au plus {max}.',
  },
});
