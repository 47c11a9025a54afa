import { isForbiddenKey, reportForbiddenKeys } from './forbidden-keys.js';
import type { Instrument } from './instrument.js';
import { IssueCollector } from './issue-collector.js';
import { issue, type Issue } from './issues.js';
import { ID_PATTERN, LANGUAGE_PATTERN, SEMVER_PATTERN } from './primitives.js';
import { Response } from './response.js';
import { parseStructure } from './structure.js';
import { TeamBlock } from './team-round.js';

/**
 * A quick answer to "does this response have the structure of a Response?", for the comparison, which
 * reads a thousand of them at once: zod (jitless, for pages that forbid `eval`) takes most of the time
 * there. `isWellFormedResponse` is a strict subset of the schema: when it says yes, zod would too (a test
 * holds it to that on mutated responses); when it says no, or meets anything it does not handle itself
 * (set-aside answers, an explicit `undefined`), the caller asks zod, which also says what is wrong.
 */

const TEXT_MAX = 100000;
const RESPONSE_KEYS = new Set(['$schema', 'schemaVersion', 'id', 'instrumentId', 'instrumentVersion', 'lang', 'status', 'createdAt', 'updatedAt', 'submittedAt', 'context', 'blocks', 'final', 'setAside', 'team']);
const { id: uuid, createdAt: timestamp, schemaVersion } = Response.shape;

/** A plain object (as JSON.parse makes them), not an array, a class instance or null. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const isIdentifier = (value: unknown): boolean => typeof value === 'string' && ID_PATTERN.test(value) && !isForbiddenKey(value);
const isText = (value: unknown): boolean => typeof value === 'string' && value.length <= TEXT_MAX;

function isIdentifierList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isIdentifier(value[i])) return false;
  return true;
}

function isAnswer(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key of Object.keys(value)) {
    const v = value[key];
    switch (key) {
      case 'choice':
        if (!isIdentifier(v)) return false;
        break;
      case 'choices':
      case 'blocks':
        if (!isIdentifierList(v)) return false;
        break;
      case 'other':
      case 'text':
      case 'comment':
        if (!isText(v)) return false;
        break;
      case 'none':
        if (typeof v !== 'boolean') return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function isAnswers(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key of Object.keys(value)) if (!isIdentifier(key) || !isAnswer(value[key])) return false;
  return true;
}

/** True only when the value certainly has the structure of a Response (see above); false means "ask zod". */
export function isWellFormedResponse(data: unknown): data is Response {
  if (!isRecord(data)) return false;
  for (const key of Object.keys(data)) if (!RESPONSE_KEYS.has(key) || data[key] === undefined) return false;
  if (data.setAside !== undefined) return false;
  if (data.$schema !== undefined && typeof data.$schema !== 'string') return false;
  if (!schemaVersion.safeParse(data.schemaVersion).success || !uuid.safeParse(data.id).success) return false;
  if (!isIdentifier(data.instrumentId)) return false;
  if (typeof data.instrumentVersion !== 'string' || !SEMVER_PATTERN.test(data.instrumentVersion)) return false;
  if (data.lang !== undefined && (typeof data.lang !== 'string' || !LANGUAGE_PATTERN.test(data.lang))) return false;
  if (data.status !== 'draft' && data.status !== 'submitted') return false;
  for (const time of [data.createdAt, data.updatedAt, ...(data.submittedAt === undefined ? [] : [data.submittedAt])]) {
    if (!timestamp.safeParse(time).success) return false;
  }
  if (!isAnswers(data.context) || !isAnswers(data.final)) return false;
  const blocks = data.blocks;
  if (!isRecord(blocks)) return false;
  for (const key of Object.keys(blocks)) if (!isIdentifier(key) || !isAnswers(blocks[key])) return false;
  if (data.team !== undefined) {
    const team = data.team;
    if (!isRecord(team)) return false;
    // A team block is small and rare next to the answers: zod checks it.
    for (const key of Object.keys(team)) if (!isIdentifier(key) || !TeamBlock.safeParse(team[key]).success) return false;
  }
  return true;
}

/**
 * What a comparison needs to know of a response before it reads its placements: its forbidden keys and
 * structural issues (as `checkResponse` reports them) and whether it belongs to another instrument
 * (`response.other-instrument`). The answers themselves are not checked against their questions: the
 * analysis reads only placements, and ignores what it does not know. Much faster than `validateResponse`
 * on well-formed responses.
 */
export function checkResponseShape(instrument: Instrument, data: unknown): Issue[] {
  if (!isWellFormedResponse(data)) {
    const issues = new IssueCollector();
    reportForbiddenKeys(data, issues);
    if (issues.size > 0) return issues.toArray();
    if (!parseStructure(Response, data, issues)) return issues.toArray();
  }
  const response = data as Response;
  return response.instrumentId === instrument.id ? [] : [issue('response.other-instrument', ['instrumentId'], { expected: instrument.id, received: response.instrumentId })];
}
