import { StoreConflictError, StoreError, StoreInputError, StoreUnavailableError } from './store.js';

/**
 * SQLSTATE classes that mean "the database cannot do it now" rather than "this request is wrong":
 * 08 connection exception, 53 insufficient resources (53100 disk full, 53200 out of memory, 53300 too
 * many connections), 58 system error (I/O).
 */
const UNAVAILABLE_CLASSES = new Set(['08', '53', '58']);

/**
 * Single SQLSTATE codes with the same meaning: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
 * connect now (starting up, shutting down, in recovery), 57P05 idle session timeout, 57014 statement
 * timeout, 25006 read-only transaction (connected to a standby, e.g. during a fail-over).
 */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '57P05', '57014', '25006']);

/**
 * SQLSTATE codes of values PostgreSQL refuses to store: 22P05 a NUL character or lone surrogate in jsonb,
 * 22021 a NUL character in text, 22P02 text that is not of its type, 22007/22008 a time stamp it cannot
 * read or hold, 54000 a value too long for an index (a centre name of kilobytes); 23505 a name or
 * address already registered, 23503 a centre or school group that does not exist, 23514 a role without
 * its centre or school group.
 */
const INPUT_CODES = new Set(['22P05', '22021', '22P02', '22007', '22008', '54000', '23505', '23503', '23514']);

/** Socket errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What node-postgres says, without a code, when a connection dies or cannot be had in time. */
const CONNECTION_LOST = /connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|client was closed|cannot use a pool after calling end/i;

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** True when the error says the database is out of reach or out of resources, so a retry later can succeed. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const code = codeOf(error);
  if (code !== undefined) {
    if (code.length === 5 && (UNAVAILABLE_CLASSES.has(code.slice(0, 2)) || UNAVAILABLE_CODES.has(code))) return true;
    if (NETWORK_CODES.has(code)) return true;
  }
  return error instanceof Error && CONNECTION_LOST.test(error.message);
}

/**
 * Maps an engine's error to the store's: StoreUnavailableError (503, retry later), StoreInputError (400),
 * or StoreError (kept as it is). Anything else is a fault in the store itself and is returned unchanged,
 * so it surfaces as a 500 with its own stack.
 */
export function toStoreError(error: unknown, doing: string): unknown {
  if (error instanceof StoreUnavailableError || error instanceof StoreInputError || error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (isUnavailable(error)) {
    return new StoreUnavailableError(`The database cannot ${doing} now: ${detail}`, { cause: error });
  }
  const code = codeOf(error);
  if (code === '23505') {
    const constraint = (error as { constraint?: unknown }).constraint;
    return new StoreConflictError(`The database already holds this value: ${detail}`, typeof constraint === 'string' ? constraint : undefined, { cause: error });
  }
  if (code !== undefined && INPUT_CODES.has(code)) {
    return new StoreInputError(`The database cannot store this value: ${detail}`, { cause: error });
  }
  return error;
}
