import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { personOf, scopeOf } from '../plugins/access.js';
import { buildEml } from '../eml.js';
import { HttpError } from '../http/errors.js';
import { pickLanguage } from '../i18n/language.js';
import { overviewCsp } from '../overview-csp.js';
import { renderOverviewEmail, type Response } from '../schema.js';
import { errorReplies, idParams } from './schemas.js';

const FORMATS = {
  html: { type: 'text/html; charset=utf-8', summary: 'The overview for mail, as HTML (inline styles allowed by hash in its CSP)' },
  txt: { type: 'text/plain; charset=utf-8', summary: 'The overview for mail, as plain text' },
  eml: { type: 'message/rfc822', summary: 'The overview as a complete message (multipart/alternative, X-Unsent: 1) to open in a mail client' },
} as const;

type Format = keyof typeof FORMATS;

const schemaFor = (format: Format) => ({
  summary: FORMATS[format].summary,
  description:
    'Worded in `?lang=` (nl, fr, en) when given, else in the language the scan was filled in. The server mails this overview to the centre’s directors itself when the scan is sent; these are for anyone else.',
  tags: ['overviews'],
  params: idParams,
  querystring: { type: 'object', properties: { lang: { type: 'string', maxLength: 35 } } },
  response: {
    200: { description: FORMATS[format].summary, content: { [FORMATS[format].type.split(';')[0]!]: { schema: { type: 'string' } } } },
    ...errorReplies(401, 404, 421, 429, 503),
  },
});

/** GET /api/responses/:id/overview.(html|txt|eml): the overview of one scan, ready to mail. */
export const overviewRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store, config }) => {
  for (const format of Object.keys(FORMATS) as Format[]) {
    app.get<{ Params: { id: string }; Querystring: { lang?: string } }>(
      `/api/responses/:id/overview.${format}`,
      { config: { access: 'signed-in', audit: { action: 'read', object: 'response' } }, schema: schemaFor(format) },
      async (request, reply) => {
        const { id } = request.params;
        const json = await store.get(id, scopeOf(personOf(request)));
        if (json === undefined) throw new HttpError(404, 'not-found', 'notFound');
        const response = JSON.parse(json) as Response;
        // The team's language, not the browser's: the overview is mailed to them.
        const lang = pickLanguage(undefined, request.query.lang ?? response.lang ?? instrument.defaultLanguage);
        const email = renderOverviewEmail(instrument, response, lang, { timeZone: config.timeZone });
        reply.type(FORMATS[format].type);
        if (format === 'html') return reply.header('Content-Security-Policy', overviewCsp(email.html)).send(email.html);
        if (format === 'txt') return reply.send(email.text);
        const name = `poolster-${id.replace(/[^A-Za-z0-9-]/g, '')}`;
        return reply.header('Content-Disposition', `attachment; filename="${name}.eml"`).send(buildEml(email, { from: config.mailFrom, id }));
      },
    );
  }
};
