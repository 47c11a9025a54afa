import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/**
 * sql.js (SQLite compiled to WebAssembly), loaded once per process with the wasm file that comes with
 * it (node_modules/sql.js/dist/sql-wasm.wasm): no native module to compile, no network.
 */
export function sqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('sql.js'));
    const wasm = await readFile(join(dist, 'sql-wasm.wasm'));
    return initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
