import { StoreInputError } from './store.js';

/** Where a page of the list ended: the last item's submission time (UTC, to the millisecond) and id. */
export interface ListPosition {
  submittedAt: string;
  id: string;
}

const UTC_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An opaque cursor (base64url of JSON): clients pass it back as it is and never build one. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.submittedAt, position.id]), 'utf8').toString('base64url');
}

/** Reads a cursor this store handed out; anything else is a StoreInputError (400). */
export function decodeCursor(cursor: string): ListPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.length === 2) {
    const [submittedAt, id] = value as unknown[];
    if (typeof submittedAt === 'string' && UTC_MILLISECONDS.test(submittedAt) && typeof id === 'string') return { submittedAt, id };
  }
  throw new StoreInputError('This list cursor was not handed out by this server.');
}
