import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { MAIL_KINDS, MAIL_STATUSES } from '../store/outbox.js';
import { errorReplies } from './schemas.js';

const count = { type: 'integer', minimum: 0 } as const;

const outboxSchema = {
  summary: 'The mail outbox: how many mails are pending, sent and failed, and the mails not sent (network admin only)',
  description:
    'The mails the server sends on its own (a sent scan’s overview to its centre’s directors, a notice to its school group’s viewers), ' +
    'queued with the scan and sent with retries. Lists the mails not sent (pending or failed), newest first, at most 200, without their bodies.',
  tags: ['mail'],
  response: {
    200: {
      type: 'object',
      required: ['counts', 'unsent'],
      properties: {
        counts: { type: 'object', required: [...MAIL_STATUSES], properties: { pending: count, sent: count, failed: count } },
        unsent: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'kind', 'recipient', 'subject', 'language', 'status', 'attempts', 'nextAttemptAt', 'createdAt'],
            properties: {
              id: { type: 'string' },
              kind: { type: 'string', enum: [...MAIL_KINDS] },
              recipient: { type: 'string' },
              subject: { type: 'string' },
              language: { type: 'string' },
              responseId: { type: 'string', description: 'The scan the mail is about.' },
              status: { type: 'string', enum: [...MAIL_STATUSES] },
              attempts: { type: 'integer', minimum: 0, description: 'Attempts made so far.' },
              nextAttemptAt: { type: 'string', format: 'date-time', description: 'When a pending mail is tried next.' },
              lastError: { type: 'string', description: 'What the mail server (or the connection) said at the last failed attempt.' },
              createdAt: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    },
    ...errorReplies(401, 403, 421, 429, 503),
  },
} as const;

/** GET /api/mail: what the outbox holds, so a network admin can see a mail that did not go out. */
export const mailRoutes: FastifyPluginAsync<AppContext> = async (app, { store }) => {
  app.get('/api/mail', { config: { access: 'admin', audit: { none: 'counts and the unsent mails’ addresses and subjects, no scan' } }, schema: outboxSchema }, async () => store.outbox.overview());
};
