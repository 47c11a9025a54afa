/**
 * `npm start`: the scan on the GO! content, served from this machine only, with nothing else needed.
 * Prints the address to open.
 */
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const server = await startDevServer({ config: { ...config, rootDir: new URL('..', import.meta.url).pathname }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const { port, hostname } = server.config;
console.log(`Poolster: the GO! CLB scan runs at http://${hostname}:${port}/examples/dev/ (Ctrl+C stops it)`);
