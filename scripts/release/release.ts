/**
 * The release folder: the npm tarballs of the published workspaces, the drop-in folder, and a manifest
 * (release.json, README.md) with each file's size and Subresource Integrity hash. Expects a build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyDropIn, DROP_IN_ENTRIES, DROP_IN_FOLDER } from './drop-in.js';
import { describeFile } from './integrity.js';
import { buildManifest, renderReadme, type ReleaseManifest } from './manifest.js';
import { packWorkspaces } from './pack.js';

/** Empties `outDir` (so no tarball of an earlier version lingers), then fills it. Returns the manifest written. */
export function release(root: string, outDir: string): ReleaseManifest {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tarballs = packWorkspaces(root, outDir).map((packed) => ({ name: packed.name, version: packed.version, ...describeFile(join(outDir, packed.file), packed.file) }));
  const dropInFiles = copyDropIn(root, outDir).map((name) => describeFile(join(outDir, DROP_IN_FOLDER, name), `${DROP_IN_FOLDER}/${name}`));
  const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')) as { version: string };
  const manifest = buildManifest(version, tarballs, DROP_IN_FOLDER, dropInFiles, DROP_IN_ENTRIES);
  writeFileSync(join(outDir, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(outDir, 'README.md'), renderReadme(manifest));
  return manifest;
}
