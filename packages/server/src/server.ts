import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOverview, getResponse, listResponses, postResponse, type ApiContext } from './api.js';
import { resolveOptions, type HostOptions } from './config.js';
import { HttpError, sendHtml, sendJson, sendRevalidated } from './http.js';
import { loadInstrument } from './instrument.js';
import { pickLanguage, type Language } from './language.js';
import { HOST_MESSAGES } from './messages.js';
import { dashboardPage, errorPage, reportPage, scanPage } from './pages.js';
import { localize } from './schema.js';
import { serveFile, staticFiles } from './static-files.js';
import { ResponseStore } from './store.js';

/** The port is taken by another program. */
export class PortInUseError extends Error {}

export interface Host {
  /** Where the host listens, without a trailing slash: `http://127.0.0.1:8080`. */
  url: string;
  /** The database file in use. */
  dbPath: string;
  /** Stops accepting requests, lets the ones in progress finish, closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the reference host: validates the instrument (throws InstrumentError when it is not valid),
 * opens or creates the database (StoreError, LockError), and listens. `port: 0` picks a free port.
 */
export async function startHost(options: HostOptions = {}): Promise<Host> {
  const config = resolveOptions(options);
  const { instrument, json: instrumentJson } = await loadInstrument(config.instrumentPath);
  const store = await ResponseStore.open(config.dbPath, { hooks: config.hooks, log: config.log });
  const ctx: ApiContext = { instrument, store, mailFrom: config.mailFrom, log: config.log };
  const files = staticFiles(config.dropInPath);
  const title = localize(instrument.title, 'nl', instrument.defaultLanguage);
  const loopbackOnly = isLoopback(config.host);

  async function route(req: IncomingMessage, res: ServerResponse, url: URL, lang: Language): Promise<void> {
    const path = url.pathname;
    const t = HOST_MESSAGES[lang];
    const only = (...methods: string[]) => {
      const method = req.method === 'HEAD' ? 'GET' : req.method ?? '';
      if (!methods.includes(method)) {
        const allow = methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])).join(', ');
        throw new HttpError(405, 'method-not-allowed', t.methodNotAllowed, {}, { Allow: allow });
      }
      return method;
    };
    const notFound = () => new HttpError(404, 'not-found', t.notFound);
    const idFrom = (encoded: string) => {
      try {
        return decodeURIComponent(encoded);
      } catch {
        throw notFound();
      }
    };

    if (path === '/') {
      only('GET');
      return sendHtml(res, 200, scanPage(title));
    }
    if (path === '/dashboard') {
      only('GET');
      return sendHtml(res, 200, dashboardPage(await store.list()));
    }
    let match = /^\/report\/([^/]+)$/.exec(path);
    if (match) {
      only('GET');
      const id = idFrom(match[1]!);
      const scan = (await store.list()).find((s) => s.id === id);
      if (!scan) throw notFound();
      return sendHtml(res, 200, reportPage(scan));
    }
    if (path === '/instrument.json') {
      only('GET');
      return sendRevalidated(req, res, 'application/json; charset=utf-8', instrumentJson);
    }
    const file = files.get(path);
    if (file) {
      only('GET');
      return serveFile(req, res, file);
    }
    if (path === '/api/responses') {
      if (only('GET', 'POST') === 'POST') return postResponse(ctx, req, res, lang);
      return listResponses(ctx, res, ['1', 'true'].includes(url.searchParams.get('full') ?? ''));
    }
    match = /^\/api\/responses\/([^/]+)$/.exec(path);
    if (match) {
      only('GET');
      return getResponse(ctx, res, idFrom(match[1]!), lang);
    }
    match = /^\/api\/responses\/([^/]+)\/overview\.(html|txt|eml)$/.exec(path);
    if (match) {
      only('GET');
      return getOverview(ctx, res, idFrom(match[1]!), match[2] as 'html' | 'txt' | 'eml', lang, url.searchParams.get('lang'));
    }
    throw notFound();
  }

  /** Every request: answered, whatever happens; a failure is logged and answered with a generic 500. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL | undefined;
    let lang: Language = 'nl';
    try {
      url = new URL(req.url ?? '/', 'http://host.invalid');
      lang = pickLanguage(req.headers['accept-language'], url.searchParams.get('lang'));
      if (loopbackOnly && !isLoopbackHostHeader(req.headers.host)) {
        // A page elsewhere that points its own domain name at 127.0.0.1 (DNS rebinding) must not read the answers.
        throw new HttpError(421, 'misdirected', HOST_MESSAGES[lang].misdirected);
      }
      await route(req, res, url, lang);
    } catch (error) {
      try {
        fail(req, res, error, url?.pathname ?? '', lang);
      } catch (failure) {
        config.log(`${req.method} ${req.url}: could not answer: ${String(failure)}`);
        res.destroy();
      }
    }
  }

  function fail(req: IncomingMessage, res: ServerResponse, error: unknown, path: string, lang: Language): void {
    let failure: HttpError;
    if (error instanceof HttpError) failure = error;
    else {
      config.log(`${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      failure = new HttpError(500, 'server-error', HOST_MESSAGES[lang].serverError);
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (failure.status === 413) lingeringClose(req, res);
    const api = path === '/api' || path.startsWith('/api/');
    if (api) sendJson(res, failure.status, { error: failure.message, code: failure.code, ...failure.extra }, failure.headers);
    else sendHtml(res, failure.status, errorPage(failure.status, failure.message), { headers: failure.headers });
  }

  const server = createServer((req, res) => void handle(req, res));
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await store.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(`Port ${config.port} on ${config.host} is in use. Set PORT to another port (PORT=0 picks a free one).`);
    }
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = ['0.0.0.0', '::'].includes(address.address) ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    dbPath: store.path,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), 5000);
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        await store.close();
      })()),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * After a 413 the client may still be sending: the answer goes out with `Connection: close`, the rest
 * of the body is discarded unread for at most two seconds, then the connection is cut. (Cutting it at
 * once could make the client's network stack drop our answer along with the connection.)
 */
function lingeringClose(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  res.once('finish', () => {
    req.resume();
    const timer = setTimeout(() => req.socket.destroy(), 2000);
    timer.unref();
    req.socket.once('close', () => clearTimeout(timer));
  });
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

function isLoopbackHostHeader(header: string | undefined): boolean {
  if (!header) return false;
  try {
    const hostname = new URL(`http://${header}`).hostname;
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  } catch {
    return false;
  }
}
