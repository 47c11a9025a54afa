import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createResponse, withAnswer, type Instrument, type Response } from '../../schema/src/index.js';
import { DEFAULTS, type ServerOptions } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { ADMIN, as, forgetServer, member, registerServer, serverFor } from './sessions.js';

export const REPO = new URL('../../../', import.meta.url).pathname;
export const GO_PATH = join(REPO, 'content/go-clb/instrument.json');

/** The pages need the drop-in: build it when it is missing; fail (never skip) when that does not work. */
export function ensureDropIn(): void {
  // Both drop-ins: the scan's, and the team round's beside it (the scan page of a centre member loads it).
  const roundsDropIn = DEFAULTS.dropInPath.replace(/poolster\.js$/, 'poolster-rounds.js');
  if (existsSync(DEFAULTS.dropInPath) && existsSync(roundsDropIn)) return;
  const npm = process.env.npm_execpath && /\.[cm]?js$/.test(process.env.npm_execpath) ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const result = spawnSync(npm[0]!, [...npm.slice(1), 'run', 'build:bundle'], { cwd: REPO, stdio: 'inherit' });
  assert.ok(existsSync(DEFAULTS.dropInPath), `npm run build:bundle (exit ${result.status}) did not make ${DEFAULTS.dropInPath}`);
}

let go: Instrument | undefined;
export async function goInstrument(): Promise<Instrument> {
  go ??= JSON.parse(await readFile(GO_PATH, 'utf8')) as Instrument;
  return structuredClone(go);
}

const blockIds = (instrument: Instrument) => instrument.clusters.flatMap((c) => c.blocks.map((b) => b.id));

/**
 * A complete GO! response, built as the scan builds it (createResponse + withAnswer): every block
 * answered, the final questions answered, status "submitted". `skipBlock` leaves one block (and
 * `skipCentre` the centre's name) unanswered, as a draft to finish through the interface.
 */
export async function goResponse(
  options: { centre?: string; id?: string; stage?: string; skipBlock?: string; skipCentre?: boolean; status?: 'draft' | 'submitted'; at?: string } = {},
): Promise<Response> {
  const instrument = await goInstrument();
  const now = new Date(options.at ?? '2026-03-02T10:00:00.000Z');
  let r = createResponse(instrument, { lang: 'nl', now, ...(options.id ? { id: options.id } : {}) });
  if (!options.skipCentre) r = withAnswer(r, { scope: 'context', questionId: 'centre-name' }, { text: options.centre ?? 'CLB Test' }, now);
  const blocks = blockIds(instrument);
  for (const blockId of blocks) {
    if (blockId === options.skipBlock) continue;
    const at = (questionId: string) => ({ scope: 'block' as const, blockId, questionId });
    r = withAnswer(r, at('current-stage'), { choice: options.stage ?? 'planned' }, now);
    r = withAnswer(r, at('ambition'), { choice: 'evolve-systematic', comment: 'Op weg.' }, now);
    r = withAnswer(r, at('deliberate-choice'), { choice: 'deliberate' }, now);
    r = withAnswer(r, at('levers'), { choices: ['people-culture', 'systems-structure'] }, now);
    r = withAnswer(r, at('obstacles'), { choices: ['none'] }, now);
    r = withAnswer(r, at('subgroups'), { choices: ['other'], other: 'Regioteams' }, now);
  }
  r = withAnswer(r, { scope: 'final', questionId: 'inspiring-practices' }, { blocks: [blocks[0]!] }, now);
  r = withAnswer(r, { scope: 'final', questionId: 'priorities' }, { blocks: [blocks[2]!, blocks[1]!, blocks[5]!] }, now);
  if ((options.status ?? 'submitted') === 'submitted') r = { ...r, status: 'submitted', submittedAt: now.toISOString() };
  return r;
}

/** The structured log lines a server wrote, parsed. */
export class LogLines {
  readonly lines: Array<Record<string, unknown>> = [];
  readonly stream = { write: (line: string) => void this.lines.push(JSON.parse(line) as Record<string, unknown>) };
  /** Whether a line's message (`msg`) or its error (`err.message`) contains the text. */
  has(text: string): boolean {
    return this.lines.some((l) => String(l.msg ?? '').includes(text) || String((l.err as { message?: string } | undefined)?.message ?? '').includes(text));
  }
}

export interface TestServer extends RunningServer {
  logs: LogLines;
  /** The embedded database's folder (unless a store or a database URL was given). */
  dataDir: string;
  /** Stops the server and removes its folder. */
  dispose(): Promise<void>;
}

/** A temporary folder, removed by `dispose`. */
export const tempDir = () => mkdtemp(join(tmpdir(), 'poolster-server-'));

/**
 * The server on a free loopback port. Without `store` or `databaseUrl` it opens the embedded database
 * (PGlite) in `dataDir`, a fresh temporary folder unless given.
 */
export async function startTestServer(options: ServerOptions & { keepDir?: boolean } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await tempDir());
  const logs = new LogLines();
  const outboxDir = join(dataDir, 'outbox');
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, outboxDir, notice: () => undefined, logLevel: 'info', logStream: logs.stream, ...options });
  registerServer(server);
  return {
    ...server,
    logs,
    dataDir,
    dispose: async () => {
      forgetServer(server);
      await server.close();
      if (!options.dataDir && !options.keepDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const hasCookie = (headers: Record<string, string>) => Object.keys(headers).some((name) => name.toLowerCase() === 'cookie');

/** The centre name a body gives (what the member who sends it belongs to), else "CLB Test". */
function centreNameOf(body: unknown): string {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return 'CLB Test';
    }
  }
  const text = (value as { context?: Record<string, { text?: unknown }> } | null)?.context?.['centre-name']?.text;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : 'CLB Test';
}

/**
 * POSTs a response as the scan does (JSON, Idempotency-Key = its id unless given), signed in (unless a
 * Cookie is given) as a member of the centre the response names, on a server started by startTestServer.
 */
export async function submit(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const id = typeof body === 'object' && body !== null ? (body as { id?: string }).id : undefined;
  const server = serverFor(url);
  const session = server && !hasCookie(headers) ? await as(server, member(centreNameOf(body))) : {};
  const res = await fetch(`${url}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(id ? { 'Idempotency-Key': id } : {}), ...session, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json(), headers: res.headers };
}

/** A GET of JSON, signed in (unless a Cookie is given) as the network admin on a server started by startTestServer. */
export async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const server = serverFor(url);
  const session = server && !hasCookie(headers) ? await as(server, ADMIN) : {};
  const res = await fetch(url, { headers: { ...session, ...headers } });
  return { status: res.status, json: await res.json(), headers: res.headers };
}

/** Every stored summary, following the list's pages. */
export async function allSummaries(url: string): Promise<Array<{ id: string; centre: string; centreId?: string; submittedAt: string }>> {
  const out = [];
  let cursor: string | undefined;
  do {
    const page = await getJson(`${url}/api/responses?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (page.status !== 200) throw new Error(`GET /api/responses: ${page.status} ${JSON.stringify(page.json)}`);
    out.push(...page.json.items);
    cursor = page.json.next;
  } while (cursor);
  return out;
}

/**
 * A raw request with node:http (fetch cannot send a body the server refuses half-way): resolves with
 * the status, headers and body of the answer, even when the server stops reading the request.
 */
export async function rawRequest(
  url: string,
  options: { method?: string; path?: string; body?: Buffer; chunked?: boolean; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const body = options.body ?? Buffer.alloc(0);
  const server = serverFor(url);
  // Signed in as a member when sending, as the admin when reading, unless a Cookie is given.
  const session = server && !hasCookie(options.headers ?? {}) ? await as(server, (options.method ?? 'POST') === 'POST' ? member('CLB Test') : ADMIN) : {};
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${options.path ?? '/api/responses'}`,
      {
        method: options.method ?? 'POST',
        // Another loopback address (127.0.0.2) is another client to the server.
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
        headers: {
          'Content-Type': 'application/json',
          ...(options.chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(body.byteLength) }),
          ...session,
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    // Writing may fail once the server has answered and closed: the answer is what counts, and when
    // none came the request fails with the socket's error.
    let failed: Error | undefined;
    req.on('error', (error) => {
      failed ??= error;
      req.once('close', () => reject(failed));
    });
    if (options.chunked) {
      for (let i = 0; i < body.byteLength; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}
