import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { moduleClosure } from '../test/module-closure.js';
import { DROP_IN, GO_INSTRUMENT, repo } from '../test/e2e-scan.js';
import { kb } from './measure.js';

/**
 * The size table: each entry with the modules of its own package it imports (lit and zod are the
 * consumer's, except in the drop-in), raw, gzip and brotli. Byte ceilings are enforced by the size test,
 * not here.
 */
export function printSizes(): void {
  // poolster.js imports its core by import() (after asking for the instrument): the closure of static imports would miss it.
  const core = repo('packages/elements/dist/poolster-core.js');
  const entries: Array<[string, string]> = [
    ["drop-in, the scan's path (poolster.js and the files it imports)", DROP_IN],
    ['@poolster/elements (index.js and its modules)', repo('packages/elements/dist/index.js')],
    ['@poolster/elements (define.js and its modules)', repo('packages/elements/dist/define.js')],
    ['@poolster/schema (index.js and its modules)', repo('packages/schema/dist/index.js')],
    ['GO! content (instrument.json)', GO_INSTRUMENT],
  ];
  console.log('\nSizes');
  console.table(
    entries.map(([name, path]) => {
      const files = new Set([...moduleClosure(path), ...(path === DROP_IN ? moduleClosure(core) : [])]);
      const bytes = Buffer.concat([...files].map((file) => readFileSync(file)));
      return { entry: name, raw: kb(bytes.length), gzip: kb(gzipSync(bytes, { level: 9 }).length), brotli: kb(brotliCompressSync(bytes).length) };
    }),
  );
}
