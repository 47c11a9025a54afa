/**
 * The third-party packages the released tarballs depend on (lit, zod, lean-qr and what they need), packed
 * from this repository's node_modules. Installed beside the release's tarballs, they let `npm install
 * --offline` run with no registry and no npm cache: every dependency of ours is then met by a package of
 * the same install, which is what an offline mirror does for a web team.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { npm, PACKAGES, ROOT } from './build-helpers.js';

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };

/** The folder Node would load `name` from when required from `from` (walking up to the repository root). */
function locate(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === ROOT.replace(/\/$/, '') || dir === dirname(dir)) throw new Error(`${name} is not installed (looked from ${from})`);
  }
}

/** The installed folders of every third-party runtime dependency of the published workspaces, transitively. */
function dependencyFolders(): string[] {
  const found = new Set<string>();
  const visit = (dir: string) => {
    for (const name of Object.keys(manifestOf(dir).dependencies ?? {})) {
      if (name.startsWith('@poolster/')) continue;
      const folder = locate(name, dir);
      if (!found.has(folder)) {
        found.add(folder);
        visit(folder);
      }
    }
  };
  for (const folder of Object.values(PACKAGES)) visit(join(ROOT, folder));
  return [...found].sort();
}

/** Packs those dependencies into `outDir`; returns the tarballs' paths (one per name@version). */
export async function thirdPartyTarballs(outDir: string): Promise<string[]> {
  const packed = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', outDir, ...dependencyFolders()], outDir);
  assert.equal(packed.code, 0, `npm pack of the dependencies failed:\n${packed.stderr}`);
  const files = (JSON.parse(packed.stdout) as { filename: string }[]).map((report) => join(outDir, report.filename));
  return [...new Set(files)];
}
