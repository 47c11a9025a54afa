/**
 * Writes the generated artefacts that are committed: the JSON Schema files (from zod) and the TypeScript
 * types (from those JSON Schema files, as any other project would make them). `--check` writes nothing
 * and exits 1 when a committed file differs from what would be generated now.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated-files.js';

const check = process.argv.includes('--check');
const root = fileURLToPath(new URL('..', import.meta.url));
let drift = 0;
for (const [relative, content] of Object.entries(await generatedFiles())) {
  const path = root + relative;
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === content) continue;
  if (check) {
    console.error(`${relative} differs from what the generator produces: run npm run generate`);
    drift += 1;
  } else {
    await writeFile(path, content);
    console.log(`wrote ${relative}`);
  }
}
process.exit(drift ? 1 : 0);
