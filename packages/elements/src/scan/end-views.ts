/**
 * What the scan draws only at its end: the check of all answers, the send step's list of what is missing,
 * the sending itself with what a server refused, and the confirmation. In the drop-in, a file of its own
 * (poolster-end-views.js), fetched once the first block is drawn, when the browser is idle, like the final
 * page's elements (end-part.ts); a read-only scan or a sent one fetches it at once.
 */
export { overview } from './views/overview.js';
export { overviewStyles } from './views/overview.styles.js';
export { confirmation } from './views/confirmation.js';
export { missingPanel } from './views/missing-panel.js';
export { fieldOfStepTarget, incompleteSteps, incompleteSummary } from './missing.js';
export { refusalSummary } from './refusal-summary.js';
export { sendAnswers } from './send-answers.js';
