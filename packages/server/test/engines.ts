import { startPostgres, type TestPostgres } from '../../../scripts/test/postgres.mjs';
import { startTestServer, type TestServer } from './helpers.js';

let postgres: Promise<TestPostgres> | undefined;
let databases = 0;

/** One PostgreSQL server for the whole test file, started on first use. */
export function sharedPostgres(): Promise<TestPostgres> {
  postgres ??= startPostgres();
  return postgres;
}

/** A new empty database on the shared PostgreSQL server: its URL. */
export async function freshDatabase(): Promise<string> {
  databases += 1;
  return (await sharedPostgres()).createDatabase(`poolster_server_${process.pid}_${databases}`);
}

/** Stops the shared PostgreSQL server and removes its folder, if one was started. */
export async function stopPostgres(): Promise<void> {
  const started = postgres;
  postgres = undefined;
  if (started) await (await started).stop();
}

/** The two engines the store runs on; a suite runs once per engine, each server on a database of its own. */
export const ENGINES: Array<{ name: string; start(): Promise<TestServer> }> = [
  { name: 'PGlite', start: () => startTestServer() },
  { name: 'PostgreSQL', start: async () => startTestServer({ databaseUrl: await freshDatabase() }) },
];
