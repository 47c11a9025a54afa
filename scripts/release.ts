/**
 * `npm run release` (after `npm run build`): writes release/ (git-ignored) with the npm tarballs of
 * @poolster/schema, @poolster/elements and @poolster/content-go-clb, the drop-in folder, and
 * release/README.md + release/release.json listing every file with its size and SRI hash.
 * `-- --out <folder>` writes elsewhere. The parts are in scripts/release/.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { release } from './release/release.js';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { out: { type: 'string', default: 'release' } } });
const outDir = resolve(root, values.out!);
const manifest = release(root, outDir);
for (const file of [...manifest.tarballs, ...manifest.dropIn.files]) console.log(`${file.path}  ${file.bytes} B  ${file.integrity}`);
console.log(`\nWritten to ${outDir} (see README.md there).`);
