import { createApp, registerRoutes } from './app.js';
import { resolveConfig } from './config.js';
import { loadInstrument } from './instrument.js';
import type { ResponseStore } from './store/store.js';

/** The routes are only registered, never called, while the document is generated: no database is opened. */
const unused = () => Promise.reject(new Error('The OpenAPI generator does not serve requests.'));
const NO_STORE: ResponseStore = {
  engine: 'pglite',
  insert: unused,
  get: unused,
  list: unused,
  latestPerCentre: unused,
  count: unused,
  ping: unused,
  close: () => Promise.resolve(),
};

/** The OpenAPI document as @fastify/swagger generates it from the routes' JSON Schemas. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = resolveConfig({ logLevel: 'silent' });
  const { instrument, json } = await loadInstrument(config.instrumentPath);
  const app = await createApp(config);
  try {
    await registerRoutes(app, { config, instrument, instrumentJson: json, store: NO_STORE });
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The committed file's text: the document with two-space indents and a final newline. */
export const openApiText = (document: Record<string, unknown>) => `${JSON.stringify(document, null, 2)}\n`;
