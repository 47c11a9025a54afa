/**
 * Server figures (asserts nothing), on PGlite and on a PostgreSQL server this script starts:
 * - start times of the store;
 * - one insert at a time at 100, 1,000 and 20,000 stored scans (p50/p95), in the store and, when the
 *   HTTP server starts, as POST /api/responses (validation, hashing and the insert) sent by a signed-in
 *   member of one of 50 centres (each signs in with a sign-in link, as in a browser);
 * - a GET /api/responses/:id (as the network admin) while 50 POSTs arrive at once, one from each centre;
 * - the dashboard's data for 1,000 centres / 5,000 scans: the latest scan per centre and school year, and GET /api/dashboard as the network admin (time, bytes).
 * Scans are GO! responses from the synthetic generator, with comments added to reach about 6 KB.
 * The database is filled in bulk (many rows per statement) between measurements; measured inserts go
 * one by one, as the server does them.
 * Usage: node --import tsx scripts/bench-server.ts [--engines=pglite,postgres] [--sizes=100,1000,20000] [--no-http]
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Instrument, Response } from '../packages/schema/src/index.js';
import { syntheticEntries } from '../packages/elements/src/compare/synthetic-entries.test-helpers.js';
import { answersHash } from '../packages/server/src/answers-hash.js';
import { ALL } from '../packages/server/src/store/directory.js';
import { openStore } from '../packages/server/src/store/open-store.js';
import { openPGliteEngine } from '../packages/server/src/store/pglite-engine.js';
import { openPostgresEngine } from '../packages/server/src/store/postgres-engine.js';
import type { SqlEngine } from '../packages/server/src/store/sql-engine.js';
import type { ResponseStore, StoreOptions } from '../packages/server/src/store/store.js';
import type { Person } from '../packages/server/src/store/directory.js';
import { SESSION_COOKIE } from '../packages/server/src/plugins/access.js';
import type { RunningServer } from '../packages/server/src/server.js';
import { startPostgres, type TestPostgres } from './test/postgres.mjs';

const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/^--/, '').split('=')[0]!, arg.split('=')[1] ?? 'true']));
const ENGINES = (args.get('engines') ?? 'pglite,postgres').split(',') as Array<'pglite' | 'postgres'>;
const SIZES = (args.get('sizes') ?? '100,1000,20000').split(',').map(Number);
const HTTP = !args.has('no-http');
const SAMPLES = 200;
const ROOT = new URL('..', import.meta.url).pathname;

const instrument = JSON.parse(await readFile(join(ROOT, 'content/go-clb/instrument.json'), 'utf8')) as Instrument;
const COMMENTS = [
  'We werken hier al een paar jaar aan, maar de aanpak verschilt nog sterk tussen de teams en de regio’s.',
  'De directie ondersteunt het; het ontbreekt vooral aan tijd om afspraken ook echt uit te voeren.',
  'Een werkgroep heeft een voorstel klaar; de bespreking op het beleidsteam staat gepland voor het voorjaar.',
];
/** A pool of distinct scans (generating is slow); every use gets a new id, centre and date. */
const pool: Response[] = syntheticEntries(instrument, 500, 7).map((entry, i) => {
  // A comment on every block, as centres write them, brings a scan to about 6 KB.
  const response = entry.response as Response;
  for (const [n, answers] of Object.values(response.blocks).entries()) {
    const first = Object.values(answers)[0];
    if (first) first.comment = `${COMMENTS[n % 3]} ${COMMENTS[(n + i) % 3]}`;
  }
  return response;
});
let made = 0;
/** A new scan: a pool scan under a new id, for centre `centre`, submitted on a day of 2024–2026. */
function scan(centre: string): Response {
  made += 1;
  const response = structuredClone(pool[made % pool.length]!);
  const day = new Date(Date.UTC(2024, 0, 1) + (made * 7919 % 1096) * 86_400_000 + (made % 86_400) * 1000).toISOString();
  return { ...response, id: randomUUID(), context: { ...response.context, 'centre-name': { text: centre } }, updatedAt: day, submittedAt: day };
}
const recordOf = (response: Response, centre: string) => ({
  id: response.id,
  instrumentId: response.instrumentId,
  instrumentVersion: response.instrumentVersion,
  centre,
  submittedAt: response.submittedAt!,
  response,
  answersHash: answersHash(response),
});

/** Fills in batches of 500 rows per statement, as fast as the engine takes them (not how the server writes). */
async function bulkFill(engine: SqlEngine, count: number, centres: number): Promise<void> {
  for (let done = 0; done < count; ) {
    const batch = Array.from({ length: Math.min(500, count - done) }, (_, i) => {
      const centre = `Centrum ${((done + i) % centres) + 1}`;
      const response = scan(centre);
      return { centre, hash: answersHash(response), response };
    });
    await engine.query(
      `INSERT INTO responses (id, instrument_id, instrument_version, centre, status, submitted_at, answers_hash, body)
       SELECT e->'response'->>'id', e->'response'->>'instrumentId', e->'response'->>'instrumentVersion', e->>'centre',
              e->'response'->>'status', date_trunc('milliseconds', (e->'response'->>'submittedAt')::timestamptz), e->>'hash', e->'response'
       FROM jsonb_array_elements($1::jsonb) AS e`,
      [JSON.stringify(batch)],
    );
    done += batch.length;
  }
  await engine.query('ANALYZE responses');
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))]!;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const spread = (values: number[]) => `${ms(percentile(values, 0.5))} / ${ms(percentile(values, 0.95))}`;
async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/** Centres whose members send the measured scans (50: a burst sends one scan from each at once). */
const SENDING_CENTRES = 50;
const centreName = (n: number) => `Centrum ${(n % SENDING_CENTRES) + 1}`;

interface Http {
  url: string;
  /** `Cookie` headers of a signed-in member of each sending centre, by centre name. */
  members: Map<string, string>;
  /** The `Cookie` header of a signed-in network admin (reads every scan and the whole dashboard). */
  admin: string;
  close(): Promise<void>;
}

/**
 * The people who send and read, registered once per database: a member of each sending centre (in one
 * school group) and a network admin. Sending takes a centre member's session, reading every scan the admin's.
 */
async function people(store: ResponseStore): Promise<{ members: Map<string, Person>; admin: Person }> {
  const existing = await store.personByEmail('admin@bench.example');
  const group = (await store.schoolGroups()).find((g) => g.name === 'Scholengroep Bench') ?? (await store.addSchoolGroup({ name: 'Scholengroep Bench' }));
  const centres = new Map((await store.centres()).map((c) => [c.name, c]));
  const members = new Map<string, Person>();
  for (let n = 0; n < SENDING_CENTRES; n += 1) {
    const name = centreName(n);
    const email = `lid-${n + 1}@bench.example`;
    const centre = centres.get(name) ?? (await store.addCentre({ name, schoolGroupId: group.id }));
    members.set(name, (await store.personByEmail(email)) ?? (await store.addPerson({ email, name: `Lid ${name}`, role: 'centre-member', centreId: centre.id })));
  }
  const admin = existing ?? (await store.addPerson({ email: 'admin@bench.example', name: 'Beheerder', role: 'network-admin' }));
  return { members, admin };
}

/**
 * Signs in as the server expects it of a browser: the person's sign-in link (as mailed, or printed for
 * the demo) is opened and its button pressed (POST /sign-in/:token), which answers 303 with the session cookie.
 */
async function signIn(server: RunningServer, person: Person): Promise<string> {
  const link = await server.signIn.issueLink(person, server.url);
  const reply = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  await reply.arrayBuffer();
  const cookie = reply.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];
  if (reply.status !== 303 || !cookie) throw new Error(`signing in as ${person.email} answered ${reply.status}`);
  return cookie;
}

/** The HTTP server on a store, with its people signed in, when it can be started (its absence is reported, not fatal). */
async function startHttp(store: ResponseStore): Promise<Http | string> {
  if (!HTTP) return 'not asked for (--no-http)';
  let server: RunningServer;
  try {
    const { startServer } = await import('../packages/server/src/server.js');
    server = await startServer({ port: 0, store, rateLimitMax: 0, logLevel: 'silent' });
  } catch (error) {
    return `the HTTP server did not start: ${(error as Error).message}`;
  }
  const who = await people(store);
  const members = new Map<string, string>();
  for (const [centre, person] of who.members) members.set(centre, await signIn(server, person));
  return { url: server.url, members, admin: await signIn(server, who.admin), close: () => server.close() };
}
async function post(http: Http, response: Response, centre: string): Promise<number> {
  const cookie = http.members.get(centre);
  if (!cookie) throw new Error(`no signed-in member of ${centre}`);
  const reply = await fetch(`${http.url}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(response),
  });
  await reply.arrayBuffer();
  if (reply.status !== 201) throw new Error(`POST answered ${reply.status}`);
  return reply.status;
}

/** The engine without the store, for bulk filling (PGlite: only while no store has the folder open). */
const rawEngine = async (name: 'pglite' | 'postgres', options: StoreOptions): Promise<SqlEngine> =>
  name === 'pglite' ? openPGliteEngine({ dataDir: options.dataDir! }) : openPostgresEngine({ databaseUrl: options.databaseUrl! });

type Row = Record<string, string>;
const rows: Row[] = [];
const notes: string[] = [];

async function benchEngine(name: 'pglite' | 'postgres', options: () => Promise<StoreOptions>): Promise<void> {
  // Start times.
  const main = await options();
  const [firstOpen, first] = await time(() => openStore(main));
  await first.close();
  const [reopen, store0] = await time(() => openStore(main));
  await store0.close();
  rows.push({ engine: name, measure: 'store start: new database + migrations (PGlite: with initdb)', value: ms(firstOpen) });
  rows.push({ engine: name, measure: 'store start: existing, empty database', value: ms(reopen) });

  let stored = 0;
  for (const size of SIZES) {
    const engine = await rawEngine(name, main);
    await bulkFill(engine, size - stored, 1000);
    await engine.close();
    const [opened, store] = await time(() => openStore(main));
    if (size === SIZES[SIZES.length - 1]) rows.push({ engine: name, measure: `store start: existing database, ${size} scans`, value: ms(opened) });

    const inserts: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      const response = scan(`Centrum ${(i % 1000) + 1}`);
      const record = recordOf(response, `Centrum ${(i % 1000) + 1}`);
      inserts.push((await time(() => store.insert(record)))[0]);
    }
    rows.push({ engine: name, measure: `store.insert at ${size} stored (p50 / p95, ${SAMPLES} one by one)`, value: spread(inserts) });

    const http = await startHttp(store);
    if (typeof http === 'string') {
      if (!notes.includes(http)) notes.push(http);
    } else {
      const posts: number[] = [];
      for (let i = 0; i < SAMPLES; i += 1) posts.push((await time(() => post(http, scan(centreName(i)), centreName(i))))[0]);
      rows.push({ engine: name, measure: `POST /api/responses at ${size} stored (p50 / p95)`, value: spread(posts) });
      if (size === SIZES[SIZES.length - 1]) await burst(name, http, store);
      await http.close();
    }
    stored = await store.count(ALL);
    await store.close();
  }
  await dashboard(name, await options());
}

/** 20 rounds of 50 POSTs at once with one GET of a stored response among them. */
async function burst(name: string, http: Http, store: ResponseStore): Promise<void> {
  const id = (await store.list({ limit: 1, scope: ALL })).items[0]!.id;
  const gets: number[] = [];
  const posts: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    const sending = Array.from({ length: SENDING_CENTRES }, (_, i) => time(() => post(http, scan(centreName(i)), centreName(i))));
    const [took, reply] = await time(() => fetch(`${http.url}/api/responses/${id}`, { headers: { cookie: http.admin } }).then(async (r) => [r.status, await r.arrayBuffer()] as const));
    if (reply[0] !== 200) throw new Error(`GET answered ${reply[0]}`);
    gets.push(took);
    posts.push(...(await Promise.all(sending)).map(([t]) => t));
  }
  rows.push({ engine: name, measure: 'GET /api/responses/:id while 50 POSTs arrive (p50 / p95, 20 rounds)', value: spread(gets) });
  rows.push({ engine: name, measure: 'those POSTs, 50 at once (p50 / p95 of 1,000)', value: spread(posts) });
}

/** The latest scan per centre and school year, and GET /api/dashboard, for 1,000 centres / 5,000 scans (a database of their own). */
async function dashboard(name: 'pglite' | 'postgres', options: StoreOptions): Promise<void> {
  await (await openStore(options)).close(); // migrated
  const raw = await rawEngine(name, options);
  await bulkFill(raw, 5000, 1000);
  await raw.close();
  const reopened = await openStore(options);
  const times: number[] = [];
  let bytes = 0;
  let centreYears = 0;
  for (let i = 0; i < 20; i += 1) {
    const [took, latest] = await time(() => reopened.dashboard.latestPerCentreAndYear(instrument.id, ALL, 'Europe/Brussels'));
    times.push(took);
    bytes = latest.reduce((sum, entry) => sum + Buffer.byteLength(entry.json), 0);
    centreYears = latest.length;
    if (new Set(latest.map((e) => e.summary.centreId ?? e.summary.centre)).size !== 1000) throw new Error(`the dashboard read gave ${latest.length} scans, not 1,000 centres`);
  }
  rows.push({ engine: name, measure: `latest per centre and school year, 1,000 centres / 5,000 scans: ${centreYears} scans (p50 / p95, 20 runs)`, value: `${spread(times)}, ${(bytes / 1048576).toFixed(1)} MiB of JSON` });
  const http = await startHttp(reopened);
  if (typeof http !== 'string') {
    const gets: number[] = [];
    let size = 0;
    for (let i = 0; i < 20; i += 1) {
      const [took, body] = await time(() => fetch(`${http.url}/api/dashboard`, { headers: { cookie: http.admin } }).then(async (r) => {
        if (r.status !== 200) throw new Error(`GET /api/dashboard answered ${r.status}`);
        return r.arrayBuffer();
      }));
      gets.push(took);
      size = body.byteLength;
    }
    rows.push({ engine: name, measure: 'GET /api/dashboard, 1,000 centres / 5,000 scans (p50 / p95)', value: `${spread(gets)}, ${(size / 1048576).toFixed(1)} MiB` });
    await http.close();
  }
  await reopened.close();
}

const folders: string[] = [];
let postgres: TestPostgres | undefined;
try {
  const sizes = pool.map((r) => Buffer.byteLength(JSON.stringify(r)));
  notes.push(`scans average ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1)} KB of JSON`);
  for (const name of ENGINES) {
    if (name === 'pglite') {
      await benchEngine('pglite', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'poolster-bench-'));
        folders.push(dir);
        return { dataDir: join(dir, 'data') };
      });
    } else {
      postgres ??= await startPostgres();
      let n = 0;
      const server = postgres;
      await benchEngine('postgres', async () => ({ databaseUrl: await server.createDatabase(`bench_${(n += 1)}`) }));
    }
  }
} finally {
  await postgres?.stop();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
}
console.table(rows);
for (const note of notes) console.log(`Note: ${note}`);
