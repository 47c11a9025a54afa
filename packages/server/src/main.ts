/**
 * The Poolster server from the command line: `npm start` in the repository (which bundles the drop-in
 * first), or `node --import tsx packages/server/src/main.ts`. Settings come from the environment (see
 * DEPLOYMENT.md); the log is JSON lines on standard output. SIGTERM or SIGINT drains and stops it.
 */
import { existsSync } from 'node:fs';
import { ConfigError, resolveConfig } from './config.js';
import { demoLinks, demoWanted, seedDemo } from './demo.js';
import { configFromEnv } from './env.js';
import { InstrumentError } from './instrument.js';
import { PortInUseError, startServer, type RunningServer } from './server.js';
import { StoreError, StoreUnavailableError } from './store/store.js';

let server: RunningServer;
try {
  const options = configFromEnv();
  const config = resolveConfig(options);
  if (!existsSync(config.dropInPath)) console.error(`Warning: ${config.dropInPath} is missing, so the pages cannot show the scan. Run \`npm run build\`.`);
  server = await startServer(options);
  // The demo (embedded database on loopback, unless POOLSTER_DEMO says otherwise): a network to try every role with.
  if (demoWanted(process.env.POOLSTER_DEMO, config)) {
    if (await seedDemo(server.store)) console.error('The database was empty: a demo network was registered (two school groups, four centres).');
    const lines = await demoLinks(server.store, server.signIn, config.publicBaseUrl ?? server.url);
    if (lines.length > 0) {
      console.error(`Sign in as one of the demo people with these links (each works once, for a day; ask ${server.url}/sign-in for another, it goes to ${config.outboxDir}):`);
      console.error(lines.join('\n'));
    }
  }
  const where = config.databaseUrl ? 'PostgreSQL (POOLSTER_DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
  console.error(`Poolster server: open ${server.url}/ to fill in the scan; the dashboard is at ${server.url}/dashboard`);
  console.error(`Answers are stored in ${where}. Ctrl+C stops the server.`);
} catch (error) {
  if (error instanceof ConfigError || error instanceof InstrumentError || error instanceof StoreError || error instanceof StoreUnavailableError || error instanceof PortInUseError) {
    console.error(`The Poolster server cannot start.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  // A second signal while draining: stop now.
  if (stopping) process.exit(1);
  stopping = true;
  server.app.log.info({ signal }, 'signal received');
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      server.app.log.error({ err: error }, 'could not stop cleanly');
      process.exit(1);
    },
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
