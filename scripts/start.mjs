/**
 * `npm start`: the Poolster server (packages/server) with the GO! CLB scan, on this machine only, storing
 * in its embedded database (PGlite in packages/server/data/pglite). Bundles the drop-in first
 * (`npm run build:bundle`, a few seconds), then starts the server and prints the address to open.
 * Settings come from the environment (see packages/server/DEPLOYMENT.md). `npm run dev` still serves the
 * scan from its sources, without a server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const dropIn = fileURLToPath(new URL('../packages/elements/dist/poolster.js', import.meta.url));

// Always bundle (a few seconds): a drop-in left over from older sources must never be what is served.
console.log('Bundling the drop-in (npm run build:bundle) …');
// npm: the one running this script when there is one (`npm start`), else the one on the PATH.
const viaNpm = process.env.npm_execpath && /\.[cm]?js$/.test(process.env.npm_execpath);
const [command, args] = viaNpm ? [process.execPath, [process.env.npm_execpath, 'run', '--silent', 'build:bundle']] : ['npm', ['run', '--silent', 'build:bundle']];
const build = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: !viaNpm && process.platform === 'win32' });
if (build.status !== 0 || !existsSync(dropIn)) {
  console.error(`The build did not make ${dropIn} (exit code ${build.status ?? build.error?.message}); the server cannot serve the scan.`);
  process.exit(1);
}

// The server is TypeScript, run from its sources (as the tests run it).
register();
await import('../packages/server/src/main.ts');
