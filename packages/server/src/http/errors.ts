import type { ServerMessages } from '../i18n/messages.js';

/** One issue as the API reports it: a stable code, where (`blocks.prevention.levers`), and a message. */
export interface IssueOut {
  code: string;
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/**
 * A failure meant for the client: a status, a stable code and the key of its localised message (the
 * error handler words it in the request's language), with optional issues and headers.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageKey: keyof ServerMessages,
    readonly details: { issues?: IssueOut[]; headers?: Record<string, string> } = {},
  ) {
    super(messageKey);
  }
}
