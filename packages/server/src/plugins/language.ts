import fp from 'fastify-plugin';
import { rememberRequest } from '../http/client-errors.js';
import { pickLanguage, type Language } from '../i18n/language.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of the answer's messages: `?lang=`, else Accept-Language, else Dutch. */
    lang: Language;
  }
}

/** Sets `request.lang` first thing, so every later answer (errors included, even a cut request's 408) is worded in it. */
export const languagePlugin = fp(
  async (app) => {
    app.decorateRequest('lang', 'nl');
    app.addHook('onRequest', async (request, reply) => {
      const query = request.query as { lang?: unknown } | undefined;
      request.lang = pickLanguage(request.headers['accept-language'], typeof query?.lang === 'string' ? query.lang : undefined);
      // For an answer Node asks for without the request (a body that did not arrive in time).
      rememberRequest(request.raw.socket, request.lang, reply.raw);
    });
  },
  { name: 'poolster-language' },
);
