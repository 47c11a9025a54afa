/** The CLI's own words (issue messages come from ../messages). */
interface Labels {
  warning: string;
  notFound: string;
  valid: string;
  noInstrumentChecked: string;
  wrote: string;
}

const LABELS: Record<'en' | 'nl' | 'fr', Labels> = {
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
};

export function labels(lang: string): Labels {
  return (LABELS as Record<string, Labels | undefined>)[lang.split('-')[0] ?? ''] ?? LABELS.en;
}
