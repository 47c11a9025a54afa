/**
 * Writes packages/elements/frameworks/ (React and Vue typings) from custom-elements.json; run by
 * `npm run analyze` right after the analyzer, so the two never disagree. See framework-typings.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { frameworkTypings } from './framework-typings.js';

const packageRoot = new URL('../', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, packageRoot), 'utf8'));
const out = new URL('frameworks/', packageRoot);
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(frameworkTypings(read('custom-elements.json'), read('package.json')))) writeFileSync(new URL(name, out), text);
