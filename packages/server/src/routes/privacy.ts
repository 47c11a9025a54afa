import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AppContext } from '../context.js';
import type { ResponseStore } from '../store/store.js';
import { HttpError } from '../http/errors.js';
import { errorReplies, idParams } from './schemas.js';

/** How many summaries are read at once while a centre's scans are collected for its export. */
const EXPORT_PAGE = 500;

const download = { 200: { description: 'A JSON file (Content-Disposition: attachment).', type: 'object', additionalProperties: true } } as const;

/** Sends a value as a JSON file to keep, named after what it is about. */
function sendFile(reply: FastifyReply, name: string, value: unknown) {
  const safe = name.replace(/[^A-Za-z0-9-]/g, '');
  return reply
    .header('Content-Disposition', `attachment; filename="poolster-${safe}.json"`)
    .header('Cache-Control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(value, null, 2));
}

/**
 * What the GDPR asks of the network (network admin only): a scan deleted for good, and everything the
 * server keeps about a centre or about a person, as a JSON file. Each of these is in the audit log.
 */
export const privacyRoutes: FastifyPluginAsync<AppContext> = async (app, { store, config, instrument }) => {
  app.delete<{ Params: { id: string } }>(
    '/api/responses/:id',
    {
      config: { access: 'admin', audit: { action: 'delete', object: 'response' } },
      schema: {
        summary: 'Delete a stored response for good',
        description: 'Network admin only. The scan is gone: no list, dashboard or export shows it afterwards. 404 when there is none of this id.',
        tags: ['privacy'],
        params: idParams,
        response: { 204: { description: 'Deleted.', type: 'null' }, ...errorReplies(401, 403, 404, 421, 429, 503) },
      },
    },
    async (request, reply) => {
      const deleted = await store.deleteResponse(request.params.id);
      if (!deleted) throw new HttpError(404, 'not-found', 'notFound');
      request.auditTarget = deleted.centreId ? { centreId: deleted.centreId } : {};
      request.log.info({ responseId: request.params.id, centreId: deleted.centreId }, 'response deleted');
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/export/centres/:id',
    {
      config: { access: 'admin', audit: { action: 'export', object: 'centre' } },
      schema: {
        summary: 'Everything stored about a centre, as a JSON file',
        description: 'Network admin only. The centre and its school group, its people (their sessions’ times under each person’s own export), and every stored scan of it in full.',
        tags: ['privacy'],
        params: idParams,
        response: { ...download, ...errorReplies(401, 403, 404, 421, 429, 503) },
      },
    },
    async (request, reply) => {
      const centre = await store.centre(request.params.id);
      if (!centre) throw new HttpError(404, 'not-found', 'notFound');
      request.auditTarget = { centreId: centre.id };
      const scope = { kind: 'centre', centreId: centre.id } as const;
      const [groups, people] = await Promise.all([store.schoolGroups(), store.people()]);
      const scans: unknown[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.list({ limit: EXPORT_PAGE, scope, ...(cursor ? { cursor } : {}) });
        for (const summary of page.items) {
          const json = await store.get(summary.id, scope);
          // A scan deleted while the export runs is simply not in it.
          if (json !== undefined) scans.push({ ...summary, response: JSON.parse(json) as unknown });
        }
        cursor = page.next;
      } while (cursor);
      return sendFile(reply, `centre-${centre.id}`, {
        exportedAt: config.now().toISOString(),
        centre,
        schoolGroup: groups.find((g) => g.id === centre.schoolGroupId),
        people: people.filter((p) => p.centreId === centre.id),
        scans,
        drafts: await centreDrafts(store, centre.id, instrument.id),
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/export/people/:id',
    {
      config: { access: 'admin', audit: { action: 'export', object: 'person' } },
      schema: {
        summary: 'Everything stored about a person, as a JSON file',
        description: 'Network admin only. The person, when each of their sessions was opened and expires (never a session’s secret or hash), and the audit entries of what they read, changed, deleted or exported.',
        tags: ['privacy'],
        params: idParams,
        response: { ...download, ...errorReplies(401, 403, 404, 421, 429, 503) },
      },
    },
    async (request, reply) => {
      const person = await store.person(request.params.id);
      if (!person) throw new HttpError(404, 'not-found', 'notFound');
      request.auditTarget = person.centreId ? { centreId: person.centreId } : {};
      const [sessions, audit] = await Promise.all([store.sessionTimes(person.id), store.audit.byPerson(person.id)]);
      return sendFile(reply, `person-${person.id}`, { exportedAt: config.now().toISOString(), person, sessions, audit });
    },
  );
};

/** The centre's draft on the server (one per instrument; this server serves one), with who saved it last and when. */
async function centreDrafts(store: ResponseStore, centreId: string, instrumentId: string): Promise<unknown[]> {
  const draft = await store.drafts.get({ centreId, instrumentId });
  if (!draft) return [];
  return [{ instrumentId, version: draft.version, updatedAt: draft.updatedAt, ...(draft.savedByName ? { savedBy: draft.savedByName } : {}), envelope: JSON.parse(draft.json) as unknown }];
}
