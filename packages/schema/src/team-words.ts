import { voteSpread, type SpreadLevel } from './analysis/team-spread.js';
import type { Instrument } from './instrument.js';
import { fillPlaceholders } from './localize.js';
import type { TeamBlock } from './team-round.js';

/** The words a team round needs, in one language (part of the e-mail's and the report's strings). */
export interface TeamWords {
  /** "Teamronde: {result} ({level})." */
  teamRound: string;
  /** The most chosen stage when {n} is one person ("1 van 3 koos {stage}"). */
  teamChoseOne: string;
  /** The most chosen stage when {n} is several people ("5 van 7 kozen {stage}"). */
  teamChoseOther: string;
  /** Another stage chosen just as often, after the first (", {n} {stage}"). */
  teamTie: string;
  /** The team's note. */
  teamNote: string;
  levelAgreement: string;
  levelSome: string;
  levelWide: string;
}

/**
 * A stage label inside a sentence: "Geïntegreerd" → "geïntegreerd". A label whose second letter is a
 * capital too ("PDCA") is an abbreviation and stays as written.
 */
export function stageInSentence(label: string, lang: string): string {
  const [first, second] = Array.from(label);
  if (first === undefined || (second !== undefined && second !== second.toLocaleLowerCase(lang))) return label;
  return first.toLocaleLowerCase(lang) + label.slice(first.length);
}

const LEVEL_KEY: Record<SpreadLevel, keyof TeamWords> = { agreement: 'levelAgreement', 'some-divergence': 'levelSome', 'wide-divergence': 'levelWide' };

/** What a team round left on a block, in sentences: the spread (when there were votes) and the note. */
export interface TeamSentences {
  round?: string;
  note?: string;
}

/**
 * What a team round left on a block, in sentences: "Teamronde: 5 van 7 kozen geïntegreerd (enige
 * spreiding)." and "Notitie van het team: …". Counts only, never who chose what. `stageLabel(index)`
 * names a stage in the content language; `lang` picks the plural form ("1 van 1 koos", "5 van 7 kozen").
 */
export function teamSentences(instrument: Instrument, entry: TeamBlock | undefined, w: TeamWords, lang: string, stageLabel: (index: number) => string): TeamSentences {
  const out: TeamSentences = {};
  if (!entry) return out;
  if (entry.votes) {
    const spread = voteSpread(instrument, entry.votes);
    const [first, ...ties] = spread.mostChosen;
    if (first) {
      const label = (stageId: string) => stageInSentence(stageLabel(instrument.stages.findIndex((s) => s.id === stageId)), lang);
      const chose = new Intl.PluralRules(lang).select(first.count) === 'one' ? w.teamChoseOne : w.teamChoseOther;
      const result =
        fillPlaceholders(chose, { n: first.count, total: spread.participants, stage: label(first.stageId) }) +
        ties.map((tie) => fillPlaceholders(w.teamTie, { n: tie.count, stage: label(tie.stageId) })).join('');
      out.round = fillPlaceholders(w.teamRound, { result, level: w[LEVEL_KEY[spread.level]] });
    }
  }
  const note = (entry.note ?? '').trim();
  if (note !== '') out.note = fillPlaceholders(w.teamNote, { text: note });
  return out;
}
