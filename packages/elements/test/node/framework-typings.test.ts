/**
 * The React and Vue typings (packages/elements/frameworks/) are committed and published: they must be
 * what scripts/framework-typings.ts makes of custom-elements.json today, and a React host (.tsx) and a Vue
 * host (render functions) must type-check against them as a web team's project would see the package
 * (its dist/ .d.ts, not the sources), while a host that passes a number for a string is refused.
 * Regenerate with `npm run analyze`. Needs a build (the .d.ts files of dist/).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { elementTypings, frameworkTypings } from '../../scripts/framework-typings.js';
import { fromRoot, run } from './build-helpers.js';

const read = (path: string) => readFileSync(fromRoot(path), 'utf8');
const manifest = JSON.parse(read('packages/elements/custom-elements.json'));
const packageJson = JSON.parse(read('packages/elements/package.json'));
const hosts = fromRoot('packages/elements/test/frameworks');

const temp = mkdtempSync(join(tmpdir(), 'poolster-typings-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** tsc over `files` with a consumer's settings (strict, NodeNext, React's JSX, library types checked too). */
async function typeCheck(name: string, files: string[]) {
  const config = join(temp, `${name}.tsconfig.json`);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    jsx: 'react-jsx',
    // The generated .d.ts files are library files: checked, not skipped.
    skipLibCheck: false,
    types: [],
  };
  writeFileSync(config, JSON.stringify({ compilerOptions, files: files.map((file) => join(hosts, file)) }));
  const ran = await run(process.execPath, [fromRoot('node_modules/typescript/bin/tsc'), '-p', config]);
  return { code: ran.code, output: ran.stdout + ran.stderr };
}

type Checked = Awaited<ReturnType<typeof typeCheck>>;
/** The three compilations start together (each takes a while on a busy machine); each test awaits its own. */
let checks: { good: Promise<Checked>; reactWrong: Promise<Checked>; vueWrong: Promise<Checked> };
before(() => {
  checks = {
    good: typeCheck('good', ['react-host.tsx', 'vue-host.ts']),
    reactWrong: typeCheck('react-wrong', ['react-host-wrong.tsx']),
    vueWrong: typeCheck('vue-wrong', ['vue-host-wrong.ts']),
  };
  // Awaited by the tests below; a rejection is theirs to report, not an unhandled one.
  for (const check of Object.values(checks)) check.catch(() => undefined);
});

describe('the React and Vue typings', () => {
  it('are committed exactly as generated from custom-elements.json (run npm run analyze)', () => {
    for (const [name, text] of Object.entries(frameworkTypings(manifest, packageJson))) {
      assert.equal(read(`packages/elements/frameworks/${name}`), text, `frameworks/${name} differs from what custom-elements.json gives`);
    }
  });

  it('name every registered element, with its public properties and events', () => {
    const elements = elementTypings(manifest, packageJson);
    const tags = elements.map((e) => e.tag);
    for (const tag of ['poolster-scan', 'poolster-report', 'poolster-compare', 'poolster-vote', 'poolster-round']) assert.ok(tags.includes(tag), `no typings for ${tag}`);
    const scan = elements.find((e) => e.tag === 'poolster-scan')!;
    for (const property of ['src', 'action', 'draftKey', 'instrument', 'lang']) assert.ok(scan.properties.includes(property), `poolster-scan: no ${property}`);
    assert.ok(scan.attributes.includes('draft-key'));
    assert.ok(!scan.attributes.includes('src'), 'an attribute named like its property is listed once, as the property');
    assert.deepEqual(scan.events, ['poolster-change', 'poolster-error', 'poolster-step', 'poolster-submit', 'poolster-submitted']);
  });

  it('are published: package.json exports ./react and ./vue, and ships frameworks/', () => {
    assert.deepEqual(packageJson.exports['./react'], { types: './frameworks/react.d.ts' });
    assert.deepEqual(packageJson.exports['./vue'], { types: './frameworks/vue.d.ts' });
    assert.ok(packageJson.files.includes('frameworks'));
  });

  it('type-check a React host and a Vue host that use properties, attributes and typed events', async () => {
    const { code, output } = await checks.good;
    assert.equal(code, 0, `tsc refused the hosts:\n${output}`);
  });

  it('refuse a React host that passes a number where the scan takes a string', async () => {
    const { code, output } = await checks.reactWrong;
    assert.notEqual(code, 0, 'tsc accepted draftKey={42}');
    assert.match(output, /react-host-wrong\.tsx\(4,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
  });

  it('refuse a Vue host that passes a number where the scan takes a string', async () => {
    const { code, output } = await checks.vueWrong;
    assert.notEqual(code, 0, 'tsc accepted draftKey: 42');
    assert.match(output, /vue-host-wrong\.ts\(6,\d+\): error TS\d+/);
    assert.match(output, /Type 'number' is not assignable to type 'string'/);
  });
});
