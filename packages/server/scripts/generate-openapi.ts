/** `npm run generate -w @poolster/server`: writes openapi.json from the routes' schemas (committed; a test checks it). */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApiDocument, openApiText } from '../src/openapi-document.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
await writeFile(target, openApiText(await openApiDocument()));
console.log(`Wrote ${target}`);
