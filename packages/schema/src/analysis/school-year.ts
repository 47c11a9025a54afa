/**
 * The school year ("cycle") a scan belongs to: 1 September to 31 August, written `2025–2026` (an en
 * dash). A network scans once a school year, so the comparison follows centres from one school year to
 * the next.
 */

/** A date without a time (`2025-09-01`): a calendar day, read as it is written, in no time zone. */
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one, and a
// comparison asks for the school year of every scan.
const formatters = new Map<string, Intl.DateTimeFormat>();

function calendarDay(instant: Date, timeZone: string): { year: number; month: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-u-ca-gregory-nu-latn', { timeZone, year: 'numeric', month: 'numeric' });
    formatters.set(timeZone, format);
  }
  let year = 0;
  let month = 0;
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
  }
  return { year, month };
}

/**
 * The school year of a date (ISO 8601): `2025–2026` for 1 September 2025 up to and including 31 August
 * 2026; undefined when the text is no date. A date with a time is an instant, read on the calendar of
 * `timeZone` (an IANA name; default the runtime's own zone), so a scan sent just after midnight on
 * 1 September in Brussels belongs to the new school year there. A date without a time is a calendar day.
 */
export function schoolYear(date: string, timeZone?: string): string | undefined {
  const day = DAY_ONLY.exec(date);
  let year: number;
  let month: number;
  if (day) {
    year = Number(day[1]);
    month = Number(day[2]);
    // A day that does not exist (2026-02-30) is no date: Date.UTC would roll it into the next month.
    const check = new Date(Date.UTC(year, month - 1, Number(day[3])));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== Number(day[3])) return undefined;
  } else {
    const instant = new Date(date);
    if (Number.isNaN(instant.getTime())) return undefined;
    if (timeZone === undefined) {
      year = instant.getFullYear();
      month = instant.getMonth() + 1;
    } else {
      ({ year, month } = calendarDay(instant, timeZone));
    }
  }
  const start = month >= 9 ? year : year - 1;
  return `${start}–${start + 1}`;
}

/** The first calendar year of a school year (`2025` for `2025–2026`): for sorting and for "the next one". */
export function schoolYearStart(cycle: string): number {
  return Number.parseInt(cycle, 10);
}
