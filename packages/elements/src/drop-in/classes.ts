/**
 * What the drop-in (dist/poolster.js) exports: the classes of the scan and the parts it is made of, as
 * index.ts does, but not PoolsterReport, PoolsterCompare, PoolsterBlockPick or PoolsterBlockRanking, nor
 * SubmissionController, DraftSyncController and HttpDraftBackend. Exporting those would put them back in the file every scan page
 * downloads before its first block; they come in their own files, on first use or after the first block
 * (define-drop-in.ts), the draft sync only for a scan with a server for its drafts (controllers/lazy-draft-sync.ts), the
 * sending with the scan's last steps (scan/end-part.ts).
 * Their types stay available from `@poolster/elements`.
 */
export { PoolsterScan, type ScanChangeDetail, type ScanErrorDetail, type ScanStepDetail, type ScanSubmitDetail, type ScanSubmittedDetail } from '../scan/scan.js';
export { PoolsterStagePicker, type StageCard } from '../stage-picker/stage-picker.js';
export { PoolsterChoiceGroup, type ChoiceOption } from '../choice-group/choice-group.js';
export type { BlockOption } from '../block-pick/block-pick.js';
export { PoolsterProgressNav, type ProgressStep } from '../progress-nav/progress-nav.js';
export { PoolsterErrorSummary, type SummaryError } from '../error-summary/error-summary.js';
export { AutosaveController } from '../controllers/autosave-controller.js';
export type { SubmissionResult } from '../controllers/submission-controller.js';
export type { DraftSyncStatus, DraftConflict } from '../controllers/draft-sync-types.js';
export type { DraftBackend, LoadDraftResult, WriteDraftResult, BackendFailed, BackendFailure } from '../drafts/draft-backend.js';
export type { HttpDraftBackendOptions } from '../drafts/http-draft-backend.js';
export type { RemoteDraft } from '../drafts/remote-draft.js';
export type { AnswerChangeDetail } from '../shared/events.js';
