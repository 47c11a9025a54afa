import { defineStrings } from '../i18n/strings.js';

export const stagePickerStrings = defineStrings('stage-picker', {
  en: { chosen: 'chosen' },
  nl: { chosen: 'gekozen' },
  fr: { chosen: 'choisi' },
});
