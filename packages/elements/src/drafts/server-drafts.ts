/**
 * What keeping drafts on a server takes: the sync and the HTTP backend. In the drop-in, a file of its own
 * (poolster-server-drafts.js), loaded only by a scan that has a `draft-url` or a `backend`, or that sends to
 * an `action` (controllers/lazy-draft-sync.ts): most scan pages keep their drafts on the device only.
 */
export { DraftSyncController } from '../controllers/draft-sync-controller.js';
export { HttpDraftBackend } from './http-draft-backend.js';
export { syncConflictNotice } from '../scan/views/sync-conflict.js';
