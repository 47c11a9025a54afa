/**
 * Everything the host uses from the Poolster contract, in one place.
 *
 * Inside this repository the host runs from the sources (with tsx), like every test here. In a project
 * of your own, replace both lines with `from '@poolster/schema'` (renderOverviewEmail is exported there
 * once the mail renderer is part of the package's index).
 */
export {
  checkInstrument,
  localize,
  formatIssue,
  formatPath,
  parseJson,
  validateResponse,
  type Instrument,
  type Issue,
  type Response,
} from '../../../packages/schema/src/index.js';
export { renderOverviewEmail, type OverviewEmail } from '../../../packages/schema/src/email/render-overview-email.js';
