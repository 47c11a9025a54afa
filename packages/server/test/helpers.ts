import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createResponse, withAnswer, type Instrument, type Response } from '../../../packages/schema/src/index.js';
import type { HostOptions } from '../src/config.js';
import { startHost, type Host } from '../src/server.js';

export const REPO = new URL('../../../', import.meta.url).pathname;
export const GO_PATH = join(REPO, 'content/go-clb/instrument.json');

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
  options: { centre?: string; id?: string; stage?: string; skipBlock?: string; skipCentre?: boolean; status?: 'draft' | 'submitted' } = {},
): Promise<Response> {
  const instrument = await goInstrument();
  const now = new Date('2026-03-02T10:00:00.000Z');
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

export interface TestHost extends Host {
  dir: string;
  logs: string[];
  /** Stops the host and removes its folder. */
  dispose(): Promise<void>;
}

/** The host on a free loopback port, with a database in a fresh temporary folder. */
export async function startTestHost(options: HostOptions & { dir?: string } = {}): Promise<TestHost> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'poolster-host-')));
  const logs: string[] = [];
  const host = await startHost({ port: 0, host: '127.0.0.1', dbPath: join(dir, 'poolster.sqlite'), log: (line) => logs.push(line), ...options });
  return {
    ...host,
    dir,
    logs,
    dispose: async () => {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** POSTs a response as the scan does (JSON, Idempotency-Key = its id unless given). */
export async function submit(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const id = typeof body === 'object' && body !== null ? (body as { id?: string }).id : undefined;
  const res = await fetch(`${url}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(id ? { 'Idempotency-Key': id } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

export async function getJson(url: string): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url);
  return { status: res.status, json: await res.json(), headers: res.headers };
}

/**
 * A raw request with node:http (fetch cannot send a body the server refuses half-way): resolves with
 * the status and body of the answer, even when the server stops reading the request.
 */
export function rawPost(url: string, body: Buffer, options: { chunked?: boolean } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/responses`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(options.chunked ? {} : { 'Content-Length': String(body.byteLength) }) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    // Writing may fail once the server has answered and closed: the answer is what counts.
    req.on('error', (error) => setTimeout(() => reject(error), 1000));
    if (options.chunked) {
      for (let i = 0; i < body.byteLength; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}
