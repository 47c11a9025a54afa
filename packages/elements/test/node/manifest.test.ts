/**
 * The Custom Elements Manifest (packages/elements/custom-elements.json) is committed and published:
 * it must be what the analyzer makes of the sources today, name every registered element with its tag,
 * and describe every public property (editors and Storybook show these descriptions).
 * Regenerate it with `npm run analyze` (or `npm run build` / `npm run generate`). Every module it names must
 * be in the tarball npm would publish (`npm pack --dry-run`), so the paths are checked after a build (npm test
 * builds first).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CustomElementsManifest } from '../../scripts/manifest-shape.js';
import { fromRoot, npm, ROOT, run } from './build-helpers.js';

type Manifest = CustomElementsManifest;

const committedText = readFileSync(fromRoot('packages/elements/custom-elements.json'), 'utf8');
const committed: Manifest = JSON.parse(committedText);
const elementsPackage = JSON.parse(readFileSync(fromRoot('packages/elements/package.json'), 'utf8'));

/** `[tag, ClassName]` of every element that src/define.ts (with src/scan-elements.ts) and src/define-rounds.ts register (once each). */
// `SCAN_ELEMENTS`, `ELEMENTS` and `ROUND_ELEMENTS` pair the last part of each tag name with its class; the default prefix is "poolster".
const defined = [
  ...new Map(
    ['scan-elements.ts', 'define.ts', 'define-rounds.ts']
      .flatMap((file) => [...readFileSync(fromRoot(`packages/elements/src/${file}`), 'utf8').matchAll(/\[\s*'([a-z][a-z0-9-]*)'\s*,\s*(Poolster\w+)\s*\]/g)])
      .map((m) => [`poolster-${m[1]!}`, m[2]!] as const),
  ),
];

/**
 * Every path of a published module the manifest names: each module's own, and each `module` a reference
 * points at (package-relative, or relative to the module that re-exports it).
 */
function modulePaths(manifest: Manifest): string[] {
  const paths = new Set<string>();
  for (const module of manifest.modules) {
    paths.add(module.path);
    const walk = (value: unknown, key = ''): void => {
      if (key === 'module' && typeof value === 'string') paths.add(value.startsWith('.') ? posix.join(posix.dirname(module.path), value) : value.replace(/^\//, ''));
      else if (Array.isArray(value)) value.forEach((inner) => walk(inner));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, inner]) => walk(inner, k));
    };
    walk(module);
  }
  return [...paths].sort();
}

const classes = (manifest: Manifest) => manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => ({ ...d, module: m.path })));

describe('the custom elements manifest', () => {
  const temp = mkdtempSync(join(tmpdir(), 'poolster-cem-'));
  after(() => rmSync(temp, { recursive: true, force: true }));
  let published = new Set<string>();
  before(async () => {
    const result = await npm(['pack', '--dry-run', '--json', '--ignore-scripts', '--workspace', '@poolster/elements']);
    assert.equal(result.code, 0, `npm pack --dry-run --workspace @poolster/elements failed:\n${result.stderr}`);
    const [report] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
    published = new Set(report!.files.map((f) => f.path));
  });

  it('is committed exactly as the analyzer makes it from the sources today (run npm run analyze)', async () => {
    // The analyzer joins --outdir to its working directory, so the temporary folder is given relative to the root.
    const result = await run(process.execPath, [
      fromRoot('node_modules/@custom-elements-manifest/analyzer/cem.js'),
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(ROOT, temp),
      '--quiet',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const fresh = readFileSync(join(temp, 'custom-elements.json'), 'utf8');
    if (fresh !== committedText) {
      const byPath = (text: string) => new Map((JSON.parse(text) as Manifest).modules.map((m) => [m.path, JSON.stringify(m)]));
      const [now, then] = [byPath(fresh), byPath(committedText)];
      const drift = [
        ...[...now.keys()].filter((p) => !then.has(p)).map((p) => `new: ${p}`),
        ...[...then.keys()].filter((p) => !now.has(p)).map((p) => `gone: ${p}`),
        ...[...now.keys()].filter((p) => then.has(p) && then.get(p) !== now.get(p)).map((p) => `changed: ${p}`),
      ];
      assert.fail(`packages/elements/custom-elements.json has drifted from the sources (run npm run analyze and commit it):\n  ${drift.join('\n  ') || 'order or formatting'}`);
    }
  });

  it('is the one package.json points at, and is published', () => {
    assert.equal(elementsPackage.customElements, 'custom-elements.json');
    assert.ok(elementsPackage.files.includes('custom-elements.json'));
  });

  it('has every element that define.ts and define-rounds.ts register, with its tag name', () => {
    assert.ok(defined.length >= 7, `expected the ELEMENTS list in src/define.ts, found ${defined.length} entries`);
    const all = classes(committed);
    const missing = defined.filter(([tag, name]) => !all.some((c) => c.name === name && c.tagName === tag && c.customElement));
    assert.deepEqual(missing, [], `elements registered in define.ts but missing (or without their tag) in the manifest`);
  });

  it('names only modules that are in the published tarball (npm pack --dry-run), and is in it itself', () => {
    assert.ok(published.has('custom-elements.json'), 'custom-elements.json is not published');
    const paths = modulePaths(committed);
    assert.ok(paths.length >= 10, `expected the manifest to name the element modules, found ${paths.length}`);
    const absent = paths.filter((path) => !published.has(path));
    assert.deepEqual(absent, [], 'custom-elements.json names modules the tarball does not have (run npm run build, then npm run analyze)');
  });

  it('describes every public property of every element', () => {
    const undocumented: string[] = [];
    for (const element of classes(committed).filter((c) => c.customElement)) {
      for (const member of element.members ?? []) {
        // Static fields (Lit's `styles`, `shadowRootOptions`) are configuration, not properties of an element.
        const isPublicProperty = member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';
        if (isPublicProperty && !member.description?.trim()) undocumented.push(`<${element.tagName}> ${element.name}.${member.name} (${element.module})`);
      }
    }
    assert.deepEqual(undocumented, [], `public properties without a JSDoc description:\n  ${undocumented.join('\n  ')}`);
  });
});
