import fp from 'fastify-plugin';
import { pickLanguage, type Language } from '../i18n/language.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of the answer's messages: `?lang=`, else Accept-Language, else Dutch. */
    lang: Language;
  }
}

/** Sets `request.lang` first thing, so every later answer (errors included) is worded in it. */
export const languagePlugin = fp(
  async (app) => {
    app.decorateRequest('lang', 'nl');
    app.addHook('onRequest', async (request) => {
      const query = request.query as { lang?: unknown } | undefined;
      request.lang = pickLanguage(request.headers['accept-language'], typeof query?.lang === 'string' ? query.lang : undefined);
    });
  },
  { name: 'poolster-language' },
);
