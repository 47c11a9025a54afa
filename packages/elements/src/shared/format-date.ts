import { uiLanguage } from '../i18n/strings.js';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as people in the interface language write it ("21 nov. 2026 om 15:42"), in `timeZone` (an IANA
 * name the host configures, such as "Europe/Brussels"; empty: the browser's). An invalid date or zone
 * falls back to its ISO form rather than throwing into the page.
 */
export function formatDateTime(value: string | Date, lang: string, dateStyle: 'medium' | 'long' = 'medium', timeZone = ''): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  try {
    // The scan writes "saved at …" on every answer: one formatter per language, style and zone.
    const key = `${uiLanguage(lang)}|${dateStyle}|${timeZone}`;
    let format = dateTimeFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(uiLanguage(lang), { dateStyle, timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
      dateTimeFormats.set(key, format);
    }
    // The same moment is drawn again on each answer until the next save: formatted once.
    const time = date.getTime();
    const last = lastFormatted.get(format);
    if (last?.time === time) return last.text;
    const text = format.format(date);
    lastFormatted.set(format, { time, text });
    return text;
  } catch {
    return typeof value === 'string' ? value : String(value);
  }
}

/** Each formatter's last moment and its text. */
const lastFormatted = new WeakMap<Intl.DateTimeFormat, { time: number; text: string }>();

// One formatter per language: building an Intl.DateTimeFormat costs far more than using one, and the
// comparison formats a date for every centre it shows.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date `YYYY-MM-DD` in the interface language (as given, if the language is not one Intl knows). */
export function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  try {
    let format = dateFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
      dateFormats.set(lang, format);
    }
    return format.format(new Date(Date.UTC(y, m - 1, d)));
  } catch {
    return date;
  }
}
