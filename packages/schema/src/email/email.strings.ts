
/**
 * The words of the overview e-mail (not of the content: those come from the instrument).
 * `{name}` placeholders are filled with `fillPlaceholders`; every language has the same keys (the type
 * says so) and the same placeholders (a test says so).
 */

import { defineMessages, textLanguage } from '../i18n/catalog.js';

export const EMAIL_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];

export interface EmailStrings {
  /** The subject without a centre name. */
  subject: string;
  /** The subject with the centre's name (the first text context question's answer). */
  subjectWithCentre: string;
  submittedOn: string;
  draftOf: string;
  summaryTitle: string;
  /** Under the summary's title: how to read it. */
  summaryIntro: string;
  block: string;
  current: string;
  ambition: string;
  /** A stage in the summary: its label and its place on the scale. */
  stageAt: string;
  /** The ambition when the team keeps its current stage ({stage}: that stage). */
  kept: string;
  notPlaced: string;
  /** In the summary: no ambition chosen. */
  noAmbition: string;
  contextTitle: string;
  finalTitle: string;
  notAnswered: string;
  /** Used when a question has no comment label of its own. */
  comment: string;
  /** A comment: the question's comment label (or `comment`) and the text. */
  commentLine: string;
  /** An "other" text without a chosen "other" option. */
  otherText: string;
  /** A block pick answered "none" by a question without its own label for it. */
  none: string;
  rank: string;
  /** Between the chosen options or picked blocks on one line. */
  separator: string;
  /** A summary line in the plain text. */
  summaryLine: string;
  /** The summary's lists, under the table (the director's summary, as in the report). */
  prioritiesTitle: string;
  gapsTitle: string;
  /** Under the largest gaps: how many more blocks aim higher. */
  moreGaps: string;
  aspectsTitle: string;
  inspiringTitle: string;
  teamTitle: string;
  /** A step that keeps the current stage ({stage}). */
  keptStep: string;
  /** A block and its current stage → ambition ({step}), with its rank ({n}). */
  rankedStep: string;
  step: string;
  /** A block, its step and its gap in stages ({n}). */
  gapStep: string;
  /** The aspect a question names most: the question's short label, the aspect, in how many blocks of how many. */
  aspectTop: string;
  /** A block on which a team round's placements lay apart. */
  teamStep: string;
  footer: string;
}

export const EMAIL_STRINGS: Readonly<Record<EmailLanguage, EmailStrings>> = {
  nl: {
    subject: 'Overzicht zelfscan {title}',
    subjectWithCentre: 'Overzicht zelfscan {title} – {centre}',
    submittedOn: 'Verzonden op {date}',
    draftOf: 'Tussentijdse versie (nog niet verzonden), laatst gewijzigd op {date}',
    summaryTitle: 'Samenvatting',
    summaryIntro: 'Per bouwsteen het huidige stadium en de ambitie, op de schaal {scale}.',
    block: 'Bouwsteen',
    current: 'Huidig stadium',
    ambition: 'Ambitie',
    stageAt: '{label} ({n}/{total})',
    kept: 'aanhouden: {stage}',
    notPlaced: 'niet ingeschaald',
    noAmbition: 'niet gekozen',
    contextTitle: 'Context',
    finalTitle: 'Over alle bouwstenen heen',
    notAnswered: 'Niet beantwoord',
    comment: 'Toelichting',
    commentLine: '{label}: {text}',
    otherText: 'anders: {text}',
    none: 'Geen',
    rank: '{n}. {label}',
    separator: '; ',
    summaryLine: '{block}: {current} → {ambition}',
    prioritiesTitle: 'Prioriteiten, in volgorde',
    gapsTitle: 'Grootste afstand tot de ambitie',
    moreGaps: 'Nog {n} bouwstenen willen één stadium of meer hoger.',
    aspectsTitle: 'Meest genoemde hefbomen en knelpunten',
    keptStep: '{stage} (aanhouden)',
    inspiringTitle: 'Inspirerende praktijken',
    teamTitle: 'Waar het team van mening verschilde',
    rankedStep: '{n}. {block}: {step}',
    step: '{block}: {step}',
    gapStep: '{block}: {step} (+{n})',
    aspectTop: '{question}: {aspect} ({count} van {total} bouwstenen)',
    teamStep: '{block}: van {lowest} tot {highest} ({participants} personen)',
    footer: 'Dit overzicht is automatisch opgemaakt uit scan {id} ({instrument}, versie {version}).',
  },
  fr: {
    subject: 'Aperçu du scan {title}',
    subjectWithCentre: 'Aperçu du scan {title} – {centre}',
    submittedOn: 'Envoyé le {date}',
    draftOf: 'Brouillon (pas encore envoyé), modifié le {date}',
    summaryTitle: 'Synthèse',
    summaryIntro: 'Par module, le stade actuel et l’ambition, sur l’échelle {scale}.',
    block: 'Module',
    current: 'Stade actuel',
    ambition: 'Ambition',
    stageAt: '{label} ({n}/{total})',
    kept: 'maintenir : {stage}',
    notPlaced: 'non positionné',
    noAmbition: 'non choisie',
    contextTitle: 'Contexte',
    finalTitle: 'Pour tous les modules',
    notAnswered: 'Sans réponse',
    comment: 'Commentaire',
    commentLine: '{label} : {text}',
    otherText: 'autre : {text}',
    none: 'Aucun',
    rank: '{n}. {label}',
    separator: ' ; ',
    summaryLine: '{block} : {current} → {ambition}',
    prioritiesTitle: 'Priorités, dans l’ordre',
    gapsTitle: 'Plus grands écarts',
    moreGaps: '{n} autres modules visent un stade ou plus au-dessus.',
    aspectsTitle: 'Leviers et obstacles les plus cités',
    keptStep: '{stage} (maintenu)',
    inspiringTitle: 'Pratiques inspirantes',
    teamTitle: 'Où l’équipe était partagée',
    rankedStep: '{n}. {block} : {step}',
    step: '{block} : {step}',
    gapStep: '{block} : {step} (+{n})',
    aspectTop: '{question} : {aspect} ({count} modules sur {total})',
    teamStep: '{block} : de {lowest} à {highest} ({participants} personnes)',
    footer: 'Cet aperçu a été établi automatiquement à partir du scan {id} ({instrument}, version {version}).',
  },
  en: {
    subject: 'Overview of the self-scan {title}',
    subjectWithCentre: 'Overview of the self-scan {title} – {centre}',
    submittedOn: 'Sent on {date}',
    draftOf: 'Draft (not sent yet), last changed on {date}',
    summaryTitle: 'Summary',
    summaryIntro: 'For each building block, the current stage and the ambition, on the scale {scale}.',
    block: 'Building block',
    current: 'Current stage',
    ambition: 'Ambition',
    stageAt: '{label} ({n}/{total})',
    kept: 'keep: {stage}',
    notPlaced: 'not placed',
    noAmbition: 'not chosen',
    contextTitle: 'Context',
    finalTitle: 'Across all building blocks',
    notAnswered: 'Not answered',
    comment: 'Comment',
    commentLine: '{label}: {text}',
    otherText: 'other: {text}',
    none: 'None',
    rank: '{n}. {label}',
    separator: '; ',
    summaryLine: '{block}: {current} → {ambition}',
    prioritiesTitle: 'Priorities, in order',
    gapsTitle: 'Largest gaps',
    moreGaps: '{n} more building blocks aim one stage or more higher.',
    aspectsTitle: 'Most named levers and obstacles',
    keptStep: '{stage} (kept)',
    inspiringTitle: 'Inspiring practices',
    teamTitle: 'Where the team disagreed',
    rankedStep: '{n}. {block}: {step}',
    step: '{block}: {step}',
    gapStep: '{block}: {step} (+{n})',
    aspectTop: '{question}: {aspect} ({count} of {total} building blocks)',
    teamStep: '{block}: from {lowest} to {highest} ({participants} people)',
    footer: 'This overview was made automatically from scan {id} ({instrument}, version {version}).',
  },
};

/** The language a mail is written in when none is asked: the deployment's, Dutch. */
export const EMAIL_DEFAULT_LANGUAGE = 'nl';

/** The `email` catalog of the one localisation mechanism: `registerLanguage('de', { email: { … } })` adds a language. */
const emailCatalog = defineMessages('email', EMAIL_STRINGS);

/**
 * The language of a mail's words, by the one fallback rule: "fr-BE" → "fr", a registered "de" → "de",
 * anything else → English; no language asked → Dutch, the deployment's default.
 */
export function emailLanguage(lang: string | undefined): string {
  return textLanguage(lang ?? EMAIL_DEFAULT_LANGUAGE);
}

export const emailStrings = (lang: string | undefined): EmailStrings => emailCatalog(lang ?? EMAIL_DEFAULT_LANGUAGE);
