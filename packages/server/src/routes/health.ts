import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { StoreUnavailableError } from '../store/store.js';

/** Checks come often and from the infrastructure: no rate limit, and any Host name (they reveal nothing). */
const infrastructure = { rateLimit: false, anyHost: true, access: 'public' } as const;

/** GET /healthz (the process answers) and GET /readyz (the database answers too). */
export const healthRoutes: FastifyPluginAsync<AppContext> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      config: infrastructure,
      schema: {
        summary: 'Liveness: the process answers',
        tags: ['operations'],
        response: { 200: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: infrastructure,
      schema: {
        summary: 'Readiness: the database answers, so submissions can be stored',
        tags: ['operations'],
        response: {
          200: {
            type: 'object',
            required: ['status', 'engine'],
            properties: { status: { type: 'string', enum: ['ready'] }, engine: { type: 'string', enum: ['pglite', 'postgres'] } },
          },
          503: {
            type: 'object',
            required: ['status', 'engine'],
            properties: { status: { type: 'string', enum: ['unavailable'] }, engine: { type: 'string', enum: ['pglite', 'postgres'] } },
          },
        },
      },
    },
    async (request, reply) => {
      try {
        await store.ping();
        return { status: 'ready' as const, engine: store.engine };
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        request.log.warn({ err: error }, 'not ready: the database does not answer');
        return reply.code(503).header('Retry-After', '5').send({ status: 'unavailable', engine: store.engine });
      }
    },
  );
};
