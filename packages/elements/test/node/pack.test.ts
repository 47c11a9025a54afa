/**
 * What npm would publish (`npm pack --dry-run`) for each package: the built code, its types, the
 * generated files, and nothing of the repository's sources, tests or stories; every path package.json
 * promises (exports, main, module, types, typings, bin, customElements) is in the tarball. Needs a build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fromRoot, moduleClosure, npm, PACKAGES, packageJson, type PackageName } from './build-helpers.js';

/**
 * Conditions that only exist inside this repository: `poolster-source` points tests, the dev server and
 * tsc (customConditions) at the TypeScript sources, which are deliberately not published.
 */
const REPOSITORY_ONLY_CONDITIONS = new Set(['poolster-source']);

/** Every file path an `exports` value can resolve to, outside the repository-only conditions. */
function exportTargets(value: unknown, condition = ''): string[] {
  if (REPOSITORY_ONLY_CONDITIONS.has(condition)) return [];
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => exportTargets(inner, key));
  return [];
}

const normalise = (path: string) => path.replace(/^\.\//, '');

const packed = new Map<PackageName, string[]>();

describe('what npm would publish', () => {
  before(async () => {
    await Promise.all(
      (Object.keys(PACKAGES) as PackageName[]).map(async (name) => {
        const result = await npm(['pack', '--dry-run', '--json', '--ignore-scripts', '--workspace', name]);
        assert.equal(result.code, 0, `npm pack --dry-run --workspace ${name} failed:\n${result.stderr}`);
        const [report] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
        packed.set(name, report!.files.map((f) => f.path));
      }),
    );
  });

  for (const name of Object.keys(PACKAGES) as PackageName[]) {
    describe(name, () => {
      it('holds no sources, tests or stories', () => {
        const files = packed.get(name)!;
        const unwanted = files.filter((f) => /^src\//.test(f) || /(^|\/)tests?\//.test(f) || /\.test[.-]/.test(f) || /(^|\/|\.)stories\./.test(f) || /(^|\/)scripts\//.test(f));
        assert.deepEqual(unwanted, [], `${name} would publish files it should not`);
      });

      it('holds every file its package.json promises (exports, main, module, types, typings, bin, customElements)', () => {
        const files = new Set(packed.get(name)!);
        const pkg = packageJson(name);
        const promised = [
          ...exportTargets(pkg.exports),
          ...(typeof pkg.bin === 'string' ? [pkg.bin] : Object.values((pkg.bin as Record<string, string>) ?? {})),
          ...(['main', 'module', 'types', 'typings', 'customElements'] as const).flatMap((field) => (typeof pkg[field] === 'string' ? [pkg[field] as string] : [])),
        ].map(normalise);
        assert.ok(promised.length > 0, `${name} promises no files`);
        const absent = promised.filter((path) => !files.has(path));
        assert.deepEqual(absent, [], `${name}: package.json points at files the tarball does not have`);
      });

      it('holds every module that the modules its exports point to import', () => {
        const files = new Set(packed.get(name)!);
        const pkg = packageJson(name);
        const entries = [...exportTargets(pkg.exports), ...(typeof pkg.main === 'string' ? [pkg.main] : [])]
          .map(normalise)
          .filter((path) => /\.m?js$/.test(path) && existsSync(fromRoot(`${PACKAGES[name]}/${path}`)));
        const imported = new Set(entries.flatMap((entry) => moduleClosure(`${PACKAGES[name]}/${entry}`)).map((file) => relative(fromRoot(PACKAGES[name]), file)));
        const absent = [...imported].filter((path) => !files.has(path)).sort();
        assert.deepEqual(absent, [], `${name}: published modules import files the tarball does not have`);
      });
    });
  }

  it('publishes the built schema (index, CLI, types), its generated JSON Schema and types', () => {
    const files = new Set(packed.get('@poolster/schema'));
    for (const path of ['dist/index.js', 'dist/index.d.ts', 'dist/cli/node.js', 'dist/jitless.js', 'bin/poolster.mjs', 'generated/instrument.schema.json', 'generated/response.schema.json', 'generated/instrument.d.ts', 'generated/response.d.ts', 'README.md']) {
      assert.ok(files.has(path), `@poolster/schema would not publish ${path}`);
    }
  });

  it('publishes the elements: classes, registration, the drop-ins (scan and rounds) and the manifest', () => {
    const files = new Set(packed.get('@poolster/elements'));
    for (const path of ['dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/define.d.ts', 'dist/poolster.js', 'dist/rounds.js', 'dist/rounds.d.ts', 'dist/define-rounds.js', 'dist/define-rounds.d.ts', 'dist/poolster-rounds.js', 'custom-elements.json']) {
      assert.ok(files.has(path), `@poolster/elements would not publish ${path}`);
    }
  });

  it('publishes the GO! instrument', () => {
    assert.deepEqual(packed.get('@poolster/content-go-clb')!.sort(), ['README.md', 'instrument.json', 'package.json']);
  });
});
