import { defineStrings } from '../i18n/strings.js';

/** The counter under a text field with a limit. `{n}` and `{max}` come formatted for the language. */
export const charCountStrings = defineStrings('char-count', {
  en: {
    leftOne: '1 character left',
    leftMany: '{n} characters left',
    overOne: '1 character too many',
    overMany: '{n} characters too many',
    nearLimit: 'You are close to the limit of {max} characters.',
    overLimit: 'Too long: at most {max} characters. Your text is kept; shorten it before sending.',
  },
  nl: {
    leftOne: 'Nog 1 teken',
    leftMany: 'Nog {n} tekens',
    overOne: '1 teken te veel',
    overMany: '{n} tekens te veel',
    nearLimit: 'Je nadert de limiet van {max} tekens.',
    overLimit: 'Te lang: hoogstens {max} tekens. Je tekst blijft bewaard; maak hem korter voor je verzendt.',
  },
  fr: {
    leftOne: 'Encore 1 caractère',
    leftMany: 'Encore {n} caractères',
    overOne: '1 caractère de trop',
    overMany: '{n} caractères de trop',
    nearLimit: 'Vous approchez de la limite de {max} caractères.',
    overLimit: 'Trop long : {max} caractères au plus. Votre texte est conservé ; raccourcissez-le avant l’envoi.',
  },
});
