import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, type IssueOut } from '../http/errors.js';
import { MESSAGES, type ServerMessages } from '../i18n/messages.js';
import { errorPage } from '../pages.js';
import { StoreInputError, StoreUnavailableError } from '../store/store.js';

interface Failure {
  statusCode: number;
  code: string;
  messageKey: keyof ServerMessages;
  issues?: IssueOut[];
  headers?: Record<string, string>;
}

/** What Fastify and its plugins throw, as the server answers it. */
function failureOf(error: FastifyError | Error): Failure | undefined {
  if (error instanceof HttpError) return { statusCode: error.statusCode, code: error.code, messageKey: error.messageKey, ...error.details };
  if (error instanceof StoreUnavailableError) return { statusCode: 503, code: 'store-unavailable', messageKey: 'storeUnavailable', headers: { 'Retry-After': '5' } };
  // A list cursor the store never handed out, or a value PostgreSQL cannot hold: asking again cannot help.
  if (error instanceof StoreInputError) return { statusCode: 400, code: 'invalid-request', messageKey: 'invalidRequest' };
  const { code, statusCode, validation, validationContext } = error as FastifyError;
  // The client may still be sending: the answer closes the connection, so the rest is not read.
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { statusCode: 413, code: 'too-large', messageKey: 'tooLarge', headers: { Connection: 'close' } };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { statusCode: 415, code: 'unsupported-media-type', messageKey: 'unsupportedMediaType' };
  if (validation) {
    const issues = validation.map((v) => ({
      code: `request.${v.keyword}`,
      path: [validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? v.keyword,
    }));
    return { statusCode: 400, code: 'invalid-request', messageKey: 'invalidRequest', issues };
  }
  if (statusCode === 404) return { statusCode, code: 'not-found', messageKey: 'notFound' };
  if (statusCode === 503) return { statusCode, code: 'unavailable', messageKey: 'closing', headers: { 'Retry-After': '5' } };
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return { statusCode, code: 'bad-request', messageKey: 'invalidRequest' };
  return undefined;
}

/**
 * Every failure is answered in the request's language: JSON (`{ error, code, issues? }`) under /api and
 * a plain page elsewhere. An unexpected error is logged with its stack and answered with a generic 500
 * that reveals nothing of it.
 */
export const errorsPlugin = fp(
  async (app) => {
    // Unknown paths count towards the rate limit too (scanning for files is what it is for).
    const preHandler = app.hasDecorator('rateLimit') ? app.rateLimit() : undefined;
    app.setNotFoundHandler(preHandler ? { preHandler } : {}, async () => {
      throw new HttpError(404, 'not-found', 'notFound');
    });
    app.setErrorHandler(async (error: FastifyError | Error, request, reply) => {
      let failure = failureOf(error);
      if (!failure) {
        request.log.error({ err: error }, 'request failed');
        failure = { statusCode: 500, code: 'server-error', messageKey: 'serverError' };
      } else if (failure.statusCode >= 500) request.log.warn({ err: error }, failure.code);
      return answer(request, reply, failure);
    });
  },
  { name: 'poolster-errors', dependencies: ['poolster-language'] },
);

function answer(request: FastifyRequest, reply: FastifyReply, failure: Failure): FastifyReply {
  const message = MESSAGES[request.lang][failure.messageKey];
  reply.code(failure.statusCode).headers(failure.headers ?? {});
  if (request.url === '/api' || request.url.startsWith('/api/')) {
    return reply.type('application/json; charset=utf-8').send({ error: message, code: failure.code, ...(failure.issues ? { issues: failure.issues } : {}) });
  }
  return reply.type('text/html; charset=utf-8').send(errorPage(failure.statusCode, message, request.lang));
}
