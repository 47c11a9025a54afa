import { voteSpread, type SpreadLevel } from './analysis/team-spread.js';
import type { Instrument } from './instrument.js';
import { fillPlaceholders } from './localize.js';
import type { TeamBlock } from './team-round.js';

/** The words a team round needs, in one language: the mail, the report, the scan and the round panel say it alike. */
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

/** The team round's words in every language the mail and the elements speak; English is the fallback. */
export const TEAM_WORDS: Readonly<Record<'nl' | 'fr' | 'en', TeamWords>> = {
  nl: {
    teamRound: 'Teamronde: {result} ({level}).',
    teamChoseOne: '{n} van {total} koos {stage}',
    teamChoseOther: '{n} van {total} kozen {stage}',
    teamTie: ', {n} {stage}',
    teamNote: 'Notitie van het team: {text}',
    levelAgreement: 'eensgezind',
    levelSome: 'enige spreiding',
    levelWide: 'grote spreiding',
  },
  fr: {
    teamRound: 'Tour d’équipe : {result} ({level}).',
    teamChoseOne: '{n} sur {total} a choisi {stage}',
    teamChoseOther: '{n} sur {total} ont choisi {stage}',
    teamTie: ', {n} {stage}',
    teamNote: 'Note de l’équipe : {text}',
    levelAgreement: 'unanime',
    levelSome: 'avis un peu partagés',
    levelWide: 'avis très partagés',
  },
  en: {
    teamRound: 'Team round: {result} ({level}).',
    teamChoseOne: '{n} of {total} chose {stage}',
    teamChoseOther: '{n} of {total} chose {stage}',
    teamTie: ', {n} {stage}',
    teamNote: 'The team’s note: {text}',
    levelAgreement: 'in agreement',
    levelSome: 'some spread',
    levelWide: 'wide spread',
  },
};

/** The team words of a language: "nl-BE" reads "nl"; an unknown language reads English. */
export function teamWords(lang: string | undefined): TeamWords {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return base === 'nl' || base === 'fr' ? TEAM_WORDS[base] : TEAM_WORDS.en;
}

/** The plain word for a spread ("enige spreiding"), in `lang`. */
export const spreadWord = (level: SpreadLevel, lang: string | undefined): string => teamWords(lang)[LEVEL_KEY[level]];

const LEVEL_KEY: Record<SpreadLevel, keyof TeamWords> = { agreement: 'levelAgreement', 'some-divergence': 'levelSome', 'wide-divergence': 'levelWide' };

/** What a team round left on a block, in sentences: the spread (when there were votes) and the note. */
export interface TeamSentences {
  round?: string;
  note?: string;
}

/**
 * What a team round left on a block, in sentences: "Teamronde: 5 van 7 kozen geïntegreerd (enige
 * spreiding)." and "Notitie van het team: …". Counts only, never who chose what. `stageLabel(index)`
 * names a stage in the content language; `lang` picks the words and the plural form ("1 van 1 koos", "5 van 7 kozen").
 */
export function teamSentences(instrument: Instrument, entry: TeamBlock | undefined, lang: string, stageLabel: (index: number) => string): TeamSentences {
  const w = teamWords(lang);
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
