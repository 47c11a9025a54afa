/**
 * `npm run release` (scripts/release/): the folder it writes holds a tarball per published workspace that
 * installs into an empty project with no network, a drop-in folder whose SRI hashes match its files, and a
 * manifest whose script line and import map make Chromium load the drop-in, and refuse a changed file.
 * Needs a build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { release } from '../../../../scripts/release/release.js';
import { sriOf } from '../../../../scripts/release/integrity.js';
import type { ReleaseManifest } from '../../../../scripts/release/manifest.js';
import { launchChromium } from '../../../../scripts/test/browser.js';
import { serveStatic } from '../../../../scripts/test/static-server.js';
import { npm, PACKAGES, ROOT, run } from './build-helpers.js';
import { thirdPartyTarballs } from './release-helpers.js';

let work: string;
let out: string;
let manifest: ReleaseManifest;
/** The empty project the tarballs were installed into, once they were. */
let installedProject: string | undefined;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'poolster-release-'));
  out = join(work, 'release');
  manifest = release(ROOT, out);
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('npm run release', () => {
  it('packs every published workspace, each listed with the size and hash of its file', () => {
    assert.deepEqual(manifest.tarballs.map((t) => t.name).sort(), Object.keys(PACKAGES).sort());
    for (const tarball of manifest.tarballs) {
      const bytes = readFileSync(join(out, tarball.path));
      assert.equal(tarball.bytes, bytes.length, tarball.path);
      assert.equal(tarball.integrity, sriOf(bytes), tarball.path);
    }
  });

  it('copies the drop-in with every file beside it, with SRI hashes that match the files', () => {
    const names = manifest.dropIn.files.map((f) => f.path.replace('drop-in/', ''));
    for (const name of ['poolster.js', 'poolster-core.js', 'poolster-rounds.js']) assert.ok(names.includes(name), `the drop-in has no ${name}`);
    for (const file of manifest.dropIn.files) {
      const bytes = readFileSync(join(out, file.path));
      assert.equal(file.integrity, sriOf(bytes), file.path);
      assert.match(file.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
      // What the build made, byte for byte.
      assert.deepEqual(bytes, readFileSync(join(ROOT, 'packages/elements/dist', file.path.replace('drop-in/', ''))), file.path);
    }
    const entry = manifest.dropIn.files.find((f) => f.path === 'drop-in/poolster.js')!;
    assert.equal(manifest.dropIn.scriptTags['poolster.js'], `<script type="module" src="/poolster/poolster.js" integrity="${entry.integrity}" crossorigin="anonymous"></script>`);
  });

  it('writes the manifest twice: release.json as returned, README.md with every file, hash and the SRI caveat', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')), manifest);
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    for (const file of [...manifest.tarballs, ...manifest.dropIn.files]) {
      assert.ok(readme.includes(`\`${file.path}\``) && readme.includes(file.integrity), `README.md does not list ${file.path}`);
    }
    assert.ok(readme.includes(manifest.dropIn.scriptTags['poolster.js']!));
    assert.match(readme, /covers only the file it loads/);
    assert.match(readme, /<script type="importmap">/);
  });

  it('installs the tarballs into an empty project with no network, and they load there', async () => {
    const project = join(work, 'project');
    const deps = join(work, 'deps');
    const dependencyTarballs = await thirdPartyTarballs(mkdir(deps));
    writeFileSync(join(mkdir(project), 'package.json'), '{ "name": "host", "private": true, "type": "module" }\n');
    const ours = manifest.tarballs.map((t) => join(out, t.path));
    const installed = await npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...dependencyTarballs, ...ours], project);
    assert.equal(installed.code, 0, `npm install --offline failed:\n${installed.stderr}`);
    for (const name of Object.keys(PACKAGES)) assert.ok(existsSync(join(project, 'node_modules', name, 'package.json')), `${name} is not installed`);
    const check = [
      "const schema = await import('@poolster/schema');",
      "const instrument = (await import('@poolster/content-go-clb', { with: { type: 'json' } })).default;",
      "if (typeof schema.validateInstrument !== 'function') throw new Error('no validateInstrument');",
      "if (schema.validateInstrument(instrument).some((i) => i.severity === 'error')) throw new Error('the instrument does not validate');",
      "for (const path of ['@poolster/elements', '@poolster/elements/define.js', '@poolster/elements/poolster.js', '@poolster/elements/custom-elements.json']) import.meta.resolve(path);",
    ].join('\n');
    const ran = await run(process.execPath, ['--input-type=module', '-e', check], project);
    assert.equal(ran.code, 0, ran.stderr);
    installedProject = project;
  });

  it("checks a React host in that project against the installed tarball's typings (not the repository's)", async () => {
    assert.ok(installedProject, 'the install above failed, so there is no project to check in');
    // The host of the typings test, copied in: its imports now resolve in the project's node_modules only.
    writeFileSync(join(installedProject, 'host.tsx'), readFileSync(join(ROOT, 'packages/elements/test/frameworks/react-host.tsx')));
    const reactTypes = join(ROOT, 'node_modules/@types/react');
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      jsx: 'react-jsx',
      // React's types are the host's own business; they come from this repository, everything else from the project.
      paths: { react: [join(reactTypes, 'index.d.ts')], 'react/jsx-runtime': [join(reactTypes, 'jsx-runtime.d.ts')] },
    };
    writeFileSync(join(installedProject, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['host.tsx'] }));
    const checked = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--traceResolution'], installedProject);
    assert.equal(checked.code, 0, `tsc refused the host in the installed project:\n${checked.stdout.split('\n').filter((line) => /error TS/.test(line)).join('\n')}`);
    assert.match(checked.stdout, /Module name '@poolster\/elements\/react' was successfully resolved to '[^']*\/project\/node_modules\/@poolster\/elements\/frameworks\/react\.d\.ts'/);
  });
});

describe('the drop-in with its manifest lines, in Chromium', () => {
  let browser: Browser;
  before(async () => (browser = await launchChromium()));
  after(async () => browser?.close());

  /**
   * A page with the manifest's import map and script line, the drop-in served at /poolster/ from `folder`.
   * A refused poolster.js fires its script's `error`; a refused file it imports when it runs (the core) is
   * reported to the window as poolster.js's own error.
   */
  async function load(folder: string, script: string): Promise<string> {
    const page = join(work, `page-${Math.random().toString(36).slice(2)}`);
    const html = `<!doctype html><html lang="en"><head>
<script type="importmap">${JSON.stringify(manifest.dropIn.importMap)}</script>
<script>addEventListener('error', () => (window.outcome ??= 'refused'));</script>
${manifest.dropIn.scriptTags['poolster.js']!.replace('<script ', '<script onerror="window.outcome = \'refused\'" ')}
</head><body><script type="module">${script}</script></body></html>`;
    writeFileSync(join(mkdir(page), 'index.html'), html);
    const routes = Object.fromEntries(manifest.dropIn.files.map((f) => [`/poolster/${f.path.replace('drop-in/', '')}`, join(folder, f.path)]));
    const server = await serveStatic(page, { routes });
    const tab = await browser.newPage();
    try {
      await tab.goto(`${server.url}/`);
      await tab.waitForFunction(() => (window as unknown as { outcome?: string }).outcome !== undefined);
      return await tab.evaluate(() => (window as unknown as { outcome: string }).outcome);
    } finally {
      await tab.close();
      await server.close();
    }
  }

  const defined = "customElements.whenDefined('poolster-scan').then(() => (window.outcome ??= 'defined'));";
  const late = "import('/poolster/poolster-report.js').then(() => (window.outcome = 'loaded'), () => (window.outcome = 'refused'));";

  it('registers the elements and loads a late file when every file is as released', async () => {
    assert.equal(await load(out, defined), 'defined');
    assert.equal(await load(out, late), 'loaded');
  });

  it('refuses a changed entry, a changed core and a changed late file', async () => {
    for (const name of ['poolster.js', 'poolster-core.js', 'poolster-report.js']) {
      const changed = join(work, `changed-${name}`);
      mkdir(join(changed, 'drop-in'));
      for (const file of manifest.dropIn.files) {
        const bytes = readFileSync(join(out, file.path));
        writeFileSync(join(changed, file.path), file.path.endsWith(`/${name}`) ? Buffer.concat([bytes, Buffer.from('\n;')]) : bytes);
      }
      assert.equal(await load(changed, name === 'poolster-report.js' ? late : defined), 'refused', `a changed ${name} was run`);
    }
  });
});

/** An empty folder at `dir` (emptied when it was there), returned for chaining. */
function mkdir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
