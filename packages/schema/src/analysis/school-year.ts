/**
 * The school year (cycle) of a scan's date: 1 September to 31 August, written `2025–2026` (en dash).
 * Takes an ISO date or date-time and reads only its calendar date, so the time zone never moves a scan
 * made on 31 August into the next year. Returns undefined for anything that is not a real calendar date.
 */
export function schoolYear(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  const start = m >= 9 ? y : y - 1;
  return `${start}–${start + 1}`;
}
