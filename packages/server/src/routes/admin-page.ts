import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { adminPage, type AdminView } from '../admin-page.js';
import type { AppContext } from '../context.js';
import { MESSAGES } from '../i18n/messages.js';
import { personOf } from '../plugins/access.js';

/** What each form posts to, by the path it posts from: the JSON API's collection, and the audit's kind. */
const RESOURCES = {
  'school-groups': { api: '/api/admin/school-groups', kind: 'school-group', fields: ['name'] },
  centres: { api: '/api/admin/centres', kind: 'centre', fields: ['name', 'schoolGroupId'] },
  people: { api: '/api/admin/people', kind: 'person', fields: ['name', 'email', 'role', 'centreId', 'schoolGroupId'] },
} as const;

type Resource = keyof typeof RESOURCES;
type Form = Record<string, string>;

const NO_SCAN = { none: 'the directory, no scan; the admin API each form calls records the change' } as const;

/**
 * /admin: the network admin's page (adminPage), and the three form routes it posts to. A form is
 * carried out by the JSON API itself (/api/admin/…, through Fastify's inject, with the same session), so
 * the page follows exactly the API's rules, refusals and audit entries. Saved: 303 back to the page.
 * Refused: the page again with the localised reason and the form as it was sent.
 */
export const adminPageRoutes: FastifyPluginAsync<AppContext> = async (app, { store }) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const render = async (request: FastifyRequest, reply: FastifyReply, extra: Partial<AdminView>, status = 200) => {
    const [schoolGroups, centres, people] = await Promise.all([store.schoolGroups(), store.centres(), store.people()]);
    const view: AdminView = { who: personOf(request), lang: request.lang, schoolGroups, centres, people, ...extra };
    return reply.code(status).type('text/html; charset=utf-8').send(adminPage(view));
  };

  app.get<{ Querystring: { done?: string } }>(
    '/admin',
    { config: { access: 'admin', audit: NO_SCAN }, schema: { hide: true, querystring: { type: 'object', properties: { done: { type: 'string', maxLength: 10 }, lang: { type: 'string', maxLength: 35 } } } } },
    async (request, reply) => render(request, reply, request.query.done ? { done: true } : {}),
  );

  for (const resource of Object.keys(RESOURCES) as Resource[]) {
    const { api, kind, fields } = RESOURCES[resource];
    app.post<{ Body: Form | undefined }>(`/admin/${resource}`, { config: { access: 'admin', audit: NO_SCAN }, schema: { hide: true } }, async (request, reply) => {
      const form: Form = { ...(typeof request.body === 'object' && request.body !== null ? request.body : {}) };
      const op = form.op;
      const id = encodeURIComponent(form.id ?? '');
      // Empty fields are not sent: an empty place select means "none", and a blank name is refused by the API.
      const payload = Object.fromEntries(fields.filter((f) => typeof form[f] === 'string' && form[f] !== '').map((f) => [f, form[f]]));
      // A box not ticked is not sent at all: the people forms always carry the box, so its absence means false.
      const withDirector = resource === 'people' && (op === 'add' || op === 'change') ? { director: form.director === 'true' } : {};
      if (op === 'change' && resource === 'people') {
        // The row's selects always carry the role; the place fitting it is the one sent with it.
        if (payload.role === 'centre-member') delete payload.schoolGroupId;
        if (payload.role === 'school-group-viewer') delete payload.centreId;
        if (payload.role === 'network-admin') {
          delete payload.centreId;
          delete payload.schoolGroupId;
        }
      }
      const call = op === 'add' ? { method: 'POST' as const, url: api } : op === 'change' ? { method: 'PATCH' as const, url: `${api}/${id}` } : op === 'delete' ? { method: 'DELETE' as const, url: `${api}/${id}` } : undefined;
      const answer = call
        ? await app.inject({
            ...call,
            headers: {
              host: request.headers.host ?? 'localhost',
              cookie: request.headers.cookie ?? '',
              'accept-language': request.lang,
              ...(call.method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
            },
            ...(call.method === 'DELETE' ? {} : { payload: JSON.stringify({ ...payload, ...withDirector }) }),
          })
        : undefined;
      if (answer && answer.statusCode < 300) return reply.redirect(`/admin?lang=${request.lang}&done=1`, 303);
      const message = (answer ? (answer.json() as { error?: string }).error : undefined) ?? MESSAGES[request.lang].invalidRequest;
      return render(request, reply, { refused: { message, form: { ...form, kind } } }, answer?.statusCode ?? 400);
    });
  }
};
