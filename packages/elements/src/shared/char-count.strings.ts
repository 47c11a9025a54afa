import { defineStrings } from '../i18n/strings.js';

/** The counter under a text field with a limit. `{n}` and `{max}` come formatted for the language; the form follows the count. */
export const charCountStrings = defineStrings('char-count', {
  en: {
    left: { one: '{n} character left', other: '{n} characters left' },
    over: { one: '{n} character too many', other: '{n} characters too many' },
    nearLimit: 'You are close to the limit of {max} characters.',
    overLimit: 'Too long: at most {max} characters. Your text is kept; shorten it before sending.',
  },
  nl: {
    left: { one: 'Nog {n} teken', other: 'Nog {n} tekens' },
    over: { one: '{n} teken te veel', other: '{n} tekens te veel' },
    nearLimit: 'Je nadert de limiet van {max} tekens.',
    overLimit: 'Te lang: hoogstens {max} tekens. Je tekst blijft bewaard; maak hem korter voor je verzendt.',
  },
  fr: {
    left: { one: 'Encore {n} caractère', other: 'Encore {n} caractères' },
    over: { one: '{n} caractère de trop', other: '{n} caractères de trop' },
    nearLimit: 'Vous approchez de la limite de {max} caractères.',
    overLimit: 'Trop long : {max} caractères au plus. Votre texte est conservé ; raccourcissez-le avant l’envoi.',
  },
});
