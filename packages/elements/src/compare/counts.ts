import { format, plural } from '../i18n/strings.js';
import type { CompareStrings } from './compare.strings.js';
import type { Scan } from './compare-data.js';

/** What every figure counts: centres (each centre's latest scan) or scans (earlier school years too). */
export type Unit = 'centres' | 'scans';

export interface Counts {
  unit: Unit;
  /** Rows shown after the filters, and before them. */
  shown: number;
  total: number;
  /** Distinct centres among the shown rows. */
  centres: number;
  /** "12 centres" / "1 scan": a number with its word, in the interface language's plural rules. */
  phrase(n: number, unit?: Unit): string;
  /** The plain plural word of the unit ("centres", "scans"). */
  word: string;
  /** The header line: "Shown: 12 of 60 centres." (with scans: "…of 23 scans (19 centres).") */
  summary: string;
}

/** The one place where counts get their words, so the same word means the same count in every view. */
export function counted(t: CompareStrings, lang: string, unit: Unit, shown: readonly Scan[], total: number): Counts {
  const phrase = (n: number, u: Unit = unit): string => {
    return plural(u === 'centres' ? t.centres : t.scans, lang, { count: n });
  };
  const centres = new Set(shown.map((s) => s.key)).size;
  const summary =
    unit === 'centres'
      ? format(t.summary, { shown: shown.length, total: phrase(total) })
      : format(t.summaryScans, { shown: shown.length, total: phrase(total), centres: phrase(centres, 'centres') });
  return { unit, shown: shown.length, total, centres, phrase, word: unit === 'centres' ? t.unitCentres : t.unitScans, summary };
}
