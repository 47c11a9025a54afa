/**
 * @poolster/schema: the instrument and response contract, its validation and the analysis the report
 * and comparison views use. Runs unchanged in browsers, in Node and in the CLI.
 */
export { SCHEMA_MAJOR, Instrument, Block, Cluster, Stage, Footnote } from './instrument.js';
export { Response, Answer, SetAsideAnswer } from './response.js';
export { DraftEnvelope, DRAFT_FORMAT, DRAFT_ENVELOPE_VERSION, DRAFT_STEP_MAX_LENGTH } from './draft-envelope.js';
export { checkDraftEnvelope, validateDraftEnvelope, type DraftEnvelopeCheck } from './validate-draft.js';
export {
  TeamVotes,
  TeamBlock,
  Ballot,
  BallotPlacement,
  RoundPhase,
  RoundBlockState,
  RoundState,
  ParticipantRound,
  BALLOT_FORMAT,
  BALLOT_VERSION,
} from './team-round.js';
export { ROUND_MAX_PARTICIPANTS, TEAM_NOTE_MAX_LENGTH } from './team-limits.js';
export { Question } from './questions.js';
export type {
  AmbitionQuestion,
  BlockPickQuestion,
  BlockRankingQuestion,
  MultipleChoiceQuestion,
  QuestionType,
  SingleChoiceQuestion,
  StageQuestion,
  TextQuestion,
} from './questions.js';
export { Text, RichText, isListItem, type ListItem } from './primitives.js';
export { ISSUE_CODES, formatPath, parseIssuePath, hasErrors, type Issue, type IssueCode, type IssuePath, type Severity } from './issues.js';
export { MESSAGES, MESSAGE_LANGUAGES, formatIssue, messageTable } from './messages/index.js';
export { validateInstrument, checkInstrument, checkWellFormedInstrument, type InstrumentValidation } from './validate-instrument.js';
export { validateResponse, checkResponse, type ResponseCheck, type ResponseValidationOptions } from './validate-response.js';
export { checkResponseShape, isWellFormedResponse } from './response-shape.js';
export { validateAnswerList, validateResponseMeaning, validateWellFormedResponse, type AnswerList } from './response-meaning.js';
export { makesResponseUnreadable, makesResponseUnusable } from './response-usable.js';
export { centreName, centreNameQuestion } from './centre-name.js';
export { isWellFormedTeamBlock } from './response-well-formed.js';
export { checkWellFormedInstrumentErrors, isWellFormedInstrument } from './instrument-shape.js';
export { MAX_ISSUES } from './issue-collector.js';
export { FORBIDDEN_KEYS } from './forbidden-key-names.js';
export { DEFAULT_TEXT_MAX_LENGTH, OTHER_TEXT_MAX_LENGTH, textMaxLength } from './text-limits.js';
export { isAnswered, ANSWER_FIELDS } from './answers.js';
export { fieldKey, commentFieldKey, fieldOfKey, fieldValue, answerAfterChange, answerAfterText, type FieldChange } from './answer-fields.js';
export { modelOf, majorOf, type BlockEntry, type InstrumentModel } from './model.js';
export { localize, contentLanguage, blockName } from './localize.js';
export {
  BUILT_IN_LANGUAGES,
  FALLBACK_LANGUAGE,
  addTranslation,
  catalogTables,
  choosePlural,
  defineMessages,
  fillPlaceholders,
  formatMessage,
  hasLanguage,
  languageChain,
  onLanguageRegistered,
  pluralCategory,
  registerLanguage,
  registeredLanguages,
  textLanguage,
  type BuiltInLanguage,
  type BuiltInTables,
  type LanguageTables,
  type Message,
  type MessageTable,
  type TableOf,
  type PlaceholderValues,
  type PluralForms,
  type Translation,
} from './i18n/index.js';
export { walkTexts } from './texts.js';
export { stageIndex, blockPlacement, blockPlacements, type BlockPlacement } from './analysis/placement.js';
export { clusterSummaries, type ClusterSummary } from './analysis/summaries.js';
export { schoolYear, schoolYearStart } from './analysis/school-year.js';
export {
  centreYears,
  schoolYearsOf,
  latestSteps,
  networkShift,
  movement,
  type CycleScan,
  type CentreYear,
  type CentreYears,
  type CentreStep,
  type BlockMove,
  type BlockShift,
  type NetworkShift,
  type Movement,
} from './analysis/cycles.js';
export {
  stageDistribution,
  optionCounts,
  rankWeightedBlocks,
  type StageDistribution,
  type OptionCounts,
  type RankedBlock,
} from './analysis/distributions.js';
export { voteSpread, type VoteSpread, type SpreadLevel } from './analysis/team-spread.js';
export { teamDisagreement, type BlockDisagreement } from './analysis/team-disagreement.js';
export {
  directorSummary,
  aspectQuestions,
  GAP_LIMIT,
  type DirectorSummary,
  type SummaryBlock,
  type AspectTally,
  type TeamDisagreementRow,
} from './analysis/director-summary.js';
export { teamSentences, teamWords, spreadWord, stageInSentence, TEAM_WORDS, type TeamWords, type TeamSentences } from './team-words.js';
export { responseRows, toCsv, type Table } from './analysis/rows.js';
export { CSV_BYTE_ORDER_MARK } from './analysis/csv-byte-order-mark.js';
export type { KeyedResponse } from './analysis/network-sources.js';
export {
  aspectHeatmap,
  multipleChoiceBlockQuestions,
  heatLevel,
  rankedCells,
  type AspectHeatmap,
  type HeatmapCell,
  type HeatmapRow,
} from './analysis/aspect-heatmap.js';
export { freeTexts, filterFreeTexts, foldText, FINAL_QUESTIONS, type FreeText, type FreeTextFilter } from './analysis/free-texts.js';
export {
  blockInspiration,
  comparePairs,
  type BlockInspiration,
  type Grower,
  type Inspirer,
  type InspiringPair,
  type InspirationQuestions,
  type InspirationOptions,
} from './analysis/inspiring-pairs.js';
export { createResponse, newResponseId, getAnswer, withAnswer, type AnswerLocation } from './response-builder.js';
export { parseJson, type JsonParseResult } from './parse-json.js';
export { reconcileResponse, answerFits, setAsidePath, type MigrationHook, type Reconciled } from './reconcile.js';
export { renderOverviewEmail, OVERVIEW_TIME_ZONE, type OverviewEmail } from './email/render-overview-email.js';
