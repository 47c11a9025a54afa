import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { syntheticScans } from '../../synthetic-responses.js';
import type { CliIo } from '../io.js';
import { checkSource, type CheckedSource } from '../source.js';
import { dropInFile } from './drop-in.js';
import { PREVIEW_SCRIPT, PREVIEW_STYLES, renderPage, VIEW_PATHS, type PreviewView } from './page.js';
import { previewMessages } from './preview-messages.js';

export interface PreviewOptions {
  /** A source folder or one instrument file. */
  target: string;
  lang: string;
  port: number;
  /** The drop-in's folder; undefined when @poolster/elements is not installed. */
  dropIn: string | undefined;
  /** Called after every check (the first one and each after a change), e.g. to print to the terminal. */
  onCheck?: (checked: CheckedSource, generation: number) => void;
}

export interface RunningPreview {
  url: string;
  close(): Promise<void>;
}

/** How long files must stay quiet before checking again: an editor's save is often several writes. */
const SETTLE_MS = 120;
/** How many generated scans the comparison shows: enough for its views to have something to show. */
const SCANS = 24;

/**
 * The preview's HTTP server, on 127.0.0.1 only: the pages, the assembled instrument, generated answers,
 * the drop-in's files, and a Server-Sent Events stream that tells open pages to reload after a file of
 * the instrument changed. Nothing is fetched from any other host.
 */
export async function startPreview(io: CliIo, options: PreviewOptions): Promise<RunningPreview> {
  let generation = 0;
  let checked: CheckedSource = { issues: [] };
  const clients = new Set<ServerResponse>();

  const recheck = async () => {
    checked = await checkSource(io, options.target);
    generation += 1;
    options.onCheck?.(checked, generation);
    const data = JSON.stringify({ generation, valid: Boolean(checked.instrument) });
    for (const client of clients) client.write(`event: reload\ndata: ${data}\n\n`);
  };
  // Watching first: a target that does not exist fails here, before any port is taken.
  const watcher = watchFiles(options.target, recheck);

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  let port: number;
  try {
    port = await listen(server, options.port);
  } catch (error) {
    watcher.close();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/`;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  checked = await checkSource(io, options.target);
  options.onCheck?.(checked, generation);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only this machine's own pages: a page elsewhere that points a name at 127.0.0.1 sends its own Host.
    if (!allowedHosts.has(request.headers.host ?? '') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
    }
    const path = new URL(request.url ?? '/', url).pathname;
    const view = (Object.keys(VIEW_PATHS) as PreviewView[]).find((v) => VIEW_PATHS[v] === path);
    const state = { lang: options.lang, instrument: checked.instrument, issues: checked.issues, elements: options.dropIn !== undefined };
    if (view) return send(response, 200, 'text/html; charset=utf-8', renderPage(view, state));
    if (path === '/events') return openEvents(request, response);
    // Browsers ask for an icon on every load; a 404 there reads like a fault in the console while authoring.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    if (path === '/preview.js') return send(response, 200, 'text/javascript; charset=utf-8', PREVIEW_SCRIPT);
    if (path === '/preview.css') return send(response, 200, 'text/css; charset=utf-8', PREVIEW_STYLES);
    if (path === '/status.json') return sendJson(response, status());
    if (checked.instrument && path === '/instrument.json') return sendJson(response, checked.assembled);
    if (checked.instrument && path === '/scans.json') return sendJson(response, scans());
    if (checked.instrument && path === '/response.json') return sendJson(response, scans()[0]?.response);
    if (path.startsWith('/elements/') && options.dropIn) {
      const file = await dropInFile(options.dropIn, path.slice('/elements/'.length));
      if (file) return send(response, 200, path.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8', file);
    }
    send(response, 404, 'text/plain; charset=utf-8', previewMessages(options.lang).notFound);
  }

  /** The same answers for the same instrument: a reload shows the same report and comparison. */
  const scans = () => (checked.instrument ? syntheticScans(checked.instrument, SCANS, 1) : []);

  const status = () => ({
    generation,
    valid: Boolean(checked.instrument),
    issues: checked.issues.map((placed) => ({
      file: placed.file,
      line: placed.line,
      column: placed.column,
      path: placed.path,
      code: placed.issue.code,
      severity: placed.issue.severity,
    })),
  });

  function openEvents(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(`: generation ${generation}\n\n`);
    clients.add(response);
    request.on('close', () => clients.delete(response));
  }

  return {
    url,
    close: async () => {
      watcher.close();
      for (const client of clients) client.end();
      clients.clear();
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Idle keep-alive connections would hold close() open until they time out.
      server.closeAllConnections();
      await closed;
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The page and the elements come from this server alone; the policy says so to the browser too.
    'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  });
  response.end(body);
}

const sendJson = (response: ServerResponse, value: unknown): void => send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));

function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Watches what the instrument is made of and calls `changed` once the files settle. A folder is watched
 * recursively where the platform can (else the folder and its blocks/); a single file through its folder,
 * since editors often save by writing a new file and renaming it over the old one.
 */
function watchFiles(target: string, changed: () => Promise<void>): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(changed, changed);
    }, SETTLE_MS);
  };
  const path = resolve(target);
  const watchers: FSWatcher[] = [];
  if (!statSync(path).isDirectory()) {
    const file = basename(path);
    watchers.push(watch(dirname(path), (_event, name) => (name === null || name === file ? settle() : undefined)));
  } else {
    try {
      watchers.push(watch(path, { recursive: true }, settle));
    } catch {
      watchers.push(watch(path, settle));
      if (existsSync(join(path, 'blocks'))) watchers.push(watch(join(path, 'blocks'), settle));
    }
  }
  return {
    close: () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
