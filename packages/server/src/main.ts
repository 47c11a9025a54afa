/**
 * The reference host from the command line: `npm start` in the repository, or
 * `node --import tsx examples/host/src/main.ts`. Settings come from the environment (see config.ts).
 */
import { existsSync } from 'node:fs';
import { ConfigError, configFromEnv, resolveOptions } from './config.js';
import { InstrumentError } from './instrument.js';
import { LockError } from './lock.js';
import { PortInUseError, startHost } from './server.js';
import { StoreError } from './store.js';

try {
  const options = configFromEnv();
  const resolved = resolveOptions(options);
  if (!existsSync(resolved.dropInPath)) console.warn(`Warning: ${resolved.dropInPath} is missing, so the pages cannot show the scan. Run \`npm run build\`.`);
  const host = await startHost(options);
  console.log(`Poolster host: open ${host.url}/ to fill in the scan; the dashboard is at ${host.url}/dashboard`);
  console.log(`Answers are stored in ${host.dbPath}. Ctrl+C stops the host.`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof InstrumentError || error instanceof LockError || error instanceof StoreError || error instanceof PortInUseError) {
    console.error(`The Poolster host cannot start.\n${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
