import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.js';
import { issueOut } from '../http/issues.js';
import { parseJson } from '../schema.js';

/**
 * The one body type the server takes: JSON. Fastify enforces the body limit and answers other media
 * types with 415; this parser adds what Fastify's own does not: strict UTF-8, and the line and column of
 * a syntax error, worded in the request's language by the schema package.
 */
export const jsonBodyPlugin = fp(
  async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(body as Buffer);
      } catch {
        done(new HttpError(400, 'invalid-encoding', 'invalidEncoding', { issues: [] }), undefined);
        return;
      }
      const parsed = parseJson(text);
      if (parsed.ok) {
        done(null, parsed.value);
        return;
      }
      const { line, column } = parsed.issue.params as { line: number; column: number };
      done(new HttpError(400, 'invalid-json', 'invalidJson', { issues: [{ ...issueOut(parsed.issue, request.lang), line, column }] }), undefined);
    });
  },
  { name: 'poolster-json-body', dependencies: ['poolster-language'] },
);
