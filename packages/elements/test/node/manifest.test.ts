/**
 * The Custom Elements Manifest (packages/elements/custom-elements.json) is committed and published:
 * it must be what the analyzer makes of the sources today, name every registered element with its tag,
 * and describe every public property (editors and Storybook show these descriptions).
 * Regenerate it with `npm run analyze` (or `npm run build` / `npm run generate`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fromRoot, ROOT, run } from './build-helpers.js';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

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

const classes = (manifest: Manifest) => manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => ({ ...d, module: m.path })));

describe('the custom elements manifest', () => {
  const temp = mkdtempSync(join(tmpdir(), 'poolster-cem-'));
  after(() => rmSync(temp, { recursive: true, force: true }));

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

  it('has every element that define.ts and define-rounds.ts register, with its tag name, and its paths inside the published package', () => {
    assert.ok(defined.length >= 7, `expected the ELEMENTS list in src/define.ts, found ${defined.length} entries`);
    const all = classes(committed);
    const missing = defined.filter(([tag, name]) => !all.some((c) => c.name === name && c.tagName === tag && c.customElement));
    assert.deepEqual(missing, [], `elements registered in define.ts but missing (or without their tag) in the manifest`);
    for (const module of committed.modules) assert.match(module.path, /^dist\/.+\.js$/, `${module.path} is not a published path`);
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
