/**
 * Everything the server uses from the Poolster contract, in one place. The server runs from the
 * sources (with tsx), like every test in this repository, so it imports the schema package's sources.
 */
export {
  checkInstrument,
  centreName,
  centreNameQuestion,
  localize,
  formatIssue,
  formatPath,
  parseJson,
  renderOverviewEmail,
  checkResponse,
  checkDraftEnvelope,
  DRAFT_FORMAT,
  DRAFT_ENVELOPE_VERSION,
  type Instrument,
  type Issue,
  type OverviewEmail,
  type Response,
  modelOf,
  ROUND_MAX_PARTICIPANTS,
  BALLOT_FORMAT,
  BALLOT_VERSION,
  type Ballot,
  type ParticipantRound,
  type RoundPhase,
  type RoundState,
  type TeamVotes,
} from '../../schema/src/index.js';
export { jsonSchemas } from '../../schema/src/json-schema.js';
