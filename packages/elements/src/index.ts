/** The element classes and their types; importing this registers nothing (see define.ts). */
export { PoolsterScan, type ScanChangeDetail, type ScanErrorDetail, type ScanStepDetail, type ScanSubmitDetail, type ScanSubmittedDetail } from './scan/scan.js';
export { PoolsterCompare, type CompareEntry, type CompareView, type CompareSort, type CompareViewDetail, type CompareErrorDetail } from './compare/compare.js';
export { PoolsterReport, type ReportErrorDetail } from './report/report.js';
export { PoolsterStagePicker, type StageCard } from './stage-picker/stage-picker.js';
export { PoolsterChoiceGroup, type ChoiceOption } from './choice-group/choice-group.js';
export { PoolsterBlockPick, type BlockOption } from './block-pick/block-pick.js';
export { PoolsterBlockRanking } from './block-ranking/block-ranking.js';
export { PoolsterProgressNav, type ProgressStep } from './progress-nav/progress-nav.js';
export { PoolsterErrorSummary, type SummaryError } from './error-summary/error-summary.js';
export { AutosaveController } from './controllers/autosave-controller.js';
export { SubmissionController, type SubmissionResult } from './controllers/submission-controller.js';
export { DraftSyncController, type DraftSyncStatus, type DraftConflict } from './controllers/draft-sync-controller.js';
export type { DraftBackend, LoadDraftResult, WriteDraftResult, BackendFailed, BackendFailure } from './drafts/draft-backend.js';
export { HttpDraftBackend, type HttpDraftBackendOptions } from './drafts/http-draft-backend.js';
export type { RemoteDraft } from './drafts/remote-draft.js';
export type { AnswerChangeDetail, PoolsterErrorDetail, PoolsterEventMap, ScanEventMap, ReportEventMap, CompareEventMap, ControlEventMap, ProgressNavEventMap, ErrorSummaryEventMap } from './shared/events.js';
/**
 * Localisation: register a language of the host's own (`registerLanguage('de', { scan: { … }, report: { … } })`)
 * or override built-in texts; catalog names are those of the `*.strings.ts` files (`defineStrings('scan', …)`),
 * plus `validation` for the validation messages. See packages/schema/src/i18n.
 */
export { registerLanguage, registeredLanguages, languageChain, type LanguageTables } from '@poolster/schema';
