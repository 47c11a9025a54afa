import { defineMessages } from '../i18n/catalog.js';

/** The CLI's own words (issue messages come from ../messages). */
interface Labels {
  warning: string;
  notFound: string;
  valid: string;
  noInstrumentChecked: string;
  wrote: string;
}

/** The `cli` catalog of the one localisation mechanism (`registerLanguage('de', { cli: { … } })`). */
const cliLabels = defineMessages<Labels>('cli', {
  en: {
    warning: 'warning',
    notFound: 'file not found',
    valid: 'valid',
    noInstrumentChecked: 'not checked: the instrument is not valid',
    wrote: 'wrote',
  },
  nl: {
    warning: 'waarschuwing',
    notFound: 'bestand niet gevonden',
    valid: 'geldig',
    noInstrumentChecked: 'niet gecontroleerd: het instrument is niet geldig',
    wrote: 'geschreven',
  },
  fr: {
    warning: 'avertissement',
    notFound: 'fichier introuvable',
    valid: 'valide',
    noInstrumentChecked: 'non vérifié : l’instrument n’est pas valide',
    wrote: 'écrit',
  },
});

/** The labels in `lang` by the one fallback rule (regional → base → English). */
export function labels(lang: string): Labels {
  return cliLabels(lang);
}
