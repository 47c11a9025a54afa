/**
 * Byte ceilings (packages/elements/size-limits.json): the drop-in (poolster.js with the file it imports
 * statically: what a scan page downloads before the scan is drawn), each file it loads on first use (by
 * itself), and each published entry with the
 * modules of its own package it pulls in (lit, zod and @poolster/schema are the consumer's there).
 * Raw bytes and gzip (node:zlib, level 9) of the files concatenated. Needs a build (npm test builds first).
 * When a ceiling is hit, look at what grew before raising it; raise it with a reason.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fromRoot, moduleClosure } from './build-helpers.js';

interface Ceiling {
  max: number;
  reason: string;
}
interface Limits {
  /** `alone`: the file by itself (a file loaded on first use, whose static imports are already on the page). */
  entries: Record<string, { raw: Ceiling; gzip: Ceiling; alone?: boolean }>;
}

const limits: Limits = JSON.parse(readFileSync(fromRoot('packages/elements/size-limits.json'), 'utf8'));

/** poolster.js imports its core at once (by import(), after asking for the instrument): measured with it, whatever the closure finds. */
const CORE = 'packages/elements/dist/poolster-core.js';
const firstPathCore = (entry: string): string[] => (entry === 'packages/elements/dist/poolster.js' ? moduleClosure(CORE) : []);

function measure(entry: string, alone = false): { raw: number; gzip: number; modules: number } {
  const files = alone ? [fromRoot(entry)] : [...new Set([...moduleClosure(entry), ...firstPathCore(entry)])];
  const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, modules: files.length };
}

describe('byte ceilings', () => {
  it('cover the drop-in and every entry', () => {
    for (const entry of ['packages/elements/dist/poolster.js', 'packages/elements/dist/poolster-rounds.js', 'packages/elements/dist/index.js', 'packages/elements/dist/define.js', 'packages/elements/dist/rounds.js', 'packages/elements/dist/define-rounds.js', 'packages/schema/dist/index.js', 'packages/schema/dist/cli/node.js']) {
      assert.ok(limits.entries[entry], `size-limits.json has no ceiling for ${entry}`);
    }
  });

  it('cover every file of the drop-ins, so a new file the build splits off cannot go unmeasured', () => {
    const files = readdirSync(fromRoot('packages/elements/dist')).filter((name) => /^poolster.*\.js$/.test(name));
    assert.ok(files.includes('poolster-core.js'), `the drop-in's core is missing: ${files.join(', ')}`);
    const measured = files.filter((name) => {
      const entry = `packages/elements/dist/${name}`;
      // poolster-core.js is measured with poolster.js, which imports it at once.
      return limits.entries[entry] || entry === CORE;
    });
    assert.deepEqual(measured, files, 'a drop-in file without a ceiling in size-limits.json');
  });

  for (const [entry, ceiling] of Object.entries(limits.entries)) {
    it(`${entry} stays under ${ceiling.raw.max} bytes raw and ${ceiling.gzip.max} bytes gzipped`, () => {
      const size = measure(entry, ceiling.alone);
      const report = `${entry} (${size.modules} module${size.modules === 1 ? '' : 's'}): ${size.raw} bytes raw, ${size.gzip} gzipped`;
      assert.ok(size.raw <= ceiling.raw.max, `${report}: over the raw ceiling ${ceiling.raw.max} (${ceiling.raw.reason})`);
      assert.ok(size.gzip <= ceiling.gzip.max, `${report}: over the gzip ceiling ${ceiling.gzip.max} (${ceiling.gzip.reason})`);
    });
  }
});
