/**
 * The built modules work as published: the schema's dist loads in Node and validates the GO!
 * instrument; the `poolster` command from the packed tarball runs its compiled code (dist), with
 * nothing of this repository but zod next to it; the drop-in imports only its own files beside it and keeps
 * zod jitless.
 * Needs a build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { dropInFiles } from '../../../../scripts/test/e2e-scan.js';
import { fromRoot, npm, run } from './build-helpers.js';

const GO_INSTRUMENT = fromRoot('content/go-clb/instrument.json');
const BROKEN = fromRoot('packages/schema/test/fixtures/broken-structure.instrument.json');

describe('the built schema package', () => {
  it('loads in Node from dist and finds the GO! instrument valid', async () => {
    const schema = await import(pathToFileURL(fromRoot('packages/schema/dist/index.js')).href);
    const issues = schema.validateInstrument(JSON.parse(readFileSync(GO_INSTRUMENT, 'utf8')));
    assert.equal(schema.hasErrors(issues), false, JSON.stringify(issues));
    const broken = schema.validateInstrument(JSON.parse(readFileSync(BROKEN, 'utf8')));
    assert.equal(schema.hasErrors(broken), true);
  });
});

describe('the poolster command from the packed tarball', () => {
  const temp = mkdtempSync(join(tmpdir(), 'poolster-pack-'));
  const installed = join(temp, 'node_modules/@poolster/schema');
  const bin = join(installed, 'bin/poolster.mjs');
  after(() => rmSync(temp, { recursive: true, force: true }));

  before(async () => {
    const packed = await npm(['pack', '--json', '--ignore-scripts', '--workspace', '@poolster/schema', '--pack-destination', temp]);
    assert.equal(packed.code, 0, packed.stderr);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    mkdirSync(installed, { recursive: true });
    const untar = await run('tar', ['-xzf', join(temp, filename), '-C', installed, '--strip-components=1']);
    assert.equal(untar.code, 0, untar.stderr);
    // What `npm install @poolster/schema` would put next to it: its one dependency, zod 4 (not tsx).
    symlinkSync(realpathSync(fromRoot('packages/schema/node_modules/zod')), join(temp, 'node_modules/zod'), 'dir');
  });

  it('validates the GO! instrument: exit 0', async () => {
    const result = await run(process.execPath, [bin, 'validate', GO_INSTRUMENT], temp);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `${GO_INSTRUMENT}: valid\n`);
  });

  it('rejects a broken instrument with its issues: exit 1', async () => {
    const result = await run(process.execPath, [bin, 'validate', BROKEN], temp);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /\.json:1:1: Unknown field: colour\.\n/, result.stderr);
  });
});

describe('the drop-in (dist/poolster.js and the files beside it)', () => {
  const files = dropInFiles();
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');

  /** Every import of a built file: `static ./x.js` or `dynamic ./x.js`. */
  const importsOf = (source: string): string[] => {
    const imports: string[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      const { type, source: from } = node as { type?: string; source?: { value?: unknown } };
      if (type === 'ImportDeclaration' || type === 'ImportExpression' || ((type === 'ExportAllDeclaration' || type === 'ExportNamedDeclaration') && from)) {
        imports.push(`${type === 'ImportExpression' ? 'dynamic' : 'static'} ${String(from?.value ?? '(computed)')}`);
      }
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(parseAst(source));
    return [...new Set(imports)].sort();
  };
  const read = (name: string) => readFileSync(fromRoot(`packages/elements/dist/${name}`), 'utf8');

  it('imports nothing but its own files, by relative URL: poolster.js only the core, the core the lazy files', () => {
    // The core by import(), after the entry has asked for the instrument: all three travel at once (rollup.config.mjs).
    // (computed): the page language's ./poolster-words-<lang>.js, by a name rollup does not see (drop-in/prefetch.ts).
    assert.deepEqual(importsOf(read('poolster.js')), ['dynamic (computed)', 'dynamic ./poolster-core.js']);
    assert.deepEqual(importsOf(read('poolster-core.js')), [
      'dynamic ./poolster-compare.js',
      'dynamic ./poolster-draft-opening.js',
      'dynamic ./poolster-end-views.js',
      'dynamic ./poolster-field-messages.js',
      'dynamic ./poolster-full-checks.js',
      'dynamic ./poolster-later.js',
      'dynamic ./poolster-presentation-door.js',
      'dynamic ./poolster-report.js',
      'dynamic ./poolster-server-drafts.js',
      'dynamic ./poolster-team-summary-view.js',
      'dynamic ./poolster-words-en.js',
      'dynamic ./poolster-words-fr.js',
      'dynamic ./poolster-words-late-en.js',
      'dynamic ./poolster-words-late-fr.js',
      'dynamic ./poolster-words-late-nl.js',
      'dynamic ./poolster-words-nl.js',
    ]);
    for (const file of files) {
      for (const entry of importsOf(readFileSync(file, 'utf8'))) {
        if (entry === 'dynamic (computed)' && file.endsWith('/poolster.js')) continue;
        assert.match(entry, /^(static|dynamic) \.\/poolster-[a-z-]+\.js$/, `${file}: ${entry}`);
        // Only poolster.js carries the page's ?prefix= in its URL: a file importing it would get a second copy.
        assert.notEqual(entry.split(' ')[1], './poolster.js', `${file} imports poolster.js`);
      }
    }
  });

  it('starts poolster-core.js, and no other file, with V8’s compile hint on a line of its own (rollup.config.mjs)', () => {
    for (const file of files) {
      const [first, second] = readFileSync(file, 'utf8').split('\n', 2);
      if (file.endsWith('/poolster-core.js')) {
        assert.equal(first, '//# allFunctionsCalledOnLoad', file);
        assert.match(second ?? '', /^\S/, `${file}: the code starts on the next line`);
      } else assert.doesNotMatch(first ?? '', /allFunctionsCalledOnLoad/, file);
    }
  });

  it('reads ?prefix= in poolster.js only (import.meta.url of any other file has no query)', () => {
    for (const file of files) assert.equal(readFileSync(file, 'utf8').includes('import.meta.url'), file.endsWith('/poolster.js'), file);
  });

  it('switches zod to jitless and holds no other way to Function than zod’s two guarded ones', () => {
    assert.match(code, /jitless:\s*(!0|true)/, 'z.config({ jitless: true }) is missing from the drop-in');
    // zod 4 keeps `Function` in two places that only run when jitless is off: the allowsEval probe
    // (which returns false first when jitless is on) and Doc.compile (used by the JIT object parser).
    // A third occurrence is a new path to eval: check it under a CSP without 'unsafe-eval'.
    const uses = [...code.matchAll(/\bFunction\b/g)].map((m) => code.slice(Math.max(0, m.index - 60), m.index + 30));
    assert.ok(uses.length <= 2, `Function appears ${uses.length} times:\n${uses.join('\n')}`);
    assert.doesNotMatch(code, /\beval\s*\(/);
  });
});

describe('a consumer bundling the published packages', () => {
  it('keeps the schema’s jitless switch with zod (sideEffects lists jitless.js; `false` would let the bundler drop it), and zod out of the scan’s first chunk', async () => {
    const entry = '\0consumer-entry';
    const bundle = await rollup({
      input: entry,
      onwarn: () => {},
      plugins: [
        {
          name: 'consumer-entry',
          resolveId: (id) => (id === entry ? entry : null),
          // Uses one class only: everything else of both packages is up for tree-shaking.
          load: (id) => (id === entry ? `import { PoolsterScan } from '@poolster/elements';\ncustomElements.define('x-scan', PoolsterScan);\n` : null),
        },
        // Published resolution: no 'poolster-source' condition, so dist/ of both packages.
        nodeResolve({ browser: true, exportConditions: ['browser'], rootDir: fromRoot('packages/elements') }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = output.filter((file) => file.type === 'chunk');
    const [first] = chunks;
    assert.ok(Object.keys(first!.modules).some((id) => id.includes('/packages/schema/dist/')), 'the consumer did not get the built schema');
    // The scan checks without zod at first (checks.ts); the full checks, zod and its switch come in a chunk of their own.
    assert.ok(!Object.keys(first!.modules).some((id) => id.includes('/node_modules/zod/')), 'zod is in the scan’s first chunk');
    const withZod = chunks.filter((chunk) => Object.keys(chunk.modules).some((id) => id.includes('/node_modules/zod/')));
    assert.ok(withZod.length > 0, 'the full checks (zod) are missing from the bundle');
    for (const chunk of withZod) {
      const modules = Object.keys(chunk.modules);
      assert.ok(modules.some((id) => id.endsWith('/packages/schema/dist/jitless.js')) || /jitless:\s*true/.test(chunk.code), `the bundler dropped dist/jitless.js from ${chunk.fileName}`);
    }
    assert.ok(chunks.some((chunk) => /jitless:\s*true/.test(chunk.code)));
  });
});
