/** The npm tarballs of the publishable workspaces, packed into the release folder. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The workspaces a web team installs. @poolster/server is `private` (a deployment, run from a clone: see
 * packages/server/DEPLOYMENT.md) and the examples are demonstrations, so neither is packed.
 */
export const PUBLISHED_WORKSPACES = [
  { name: '@poolster/schema', folder: 'packages/schema' },
  { name: '@poolster/elements', folder: 'packages/elements' },
  { name: '@poolster/content-go-clb', folder: 'content/go-clb' },
] as const;

export interface PackedTarball {
  name: string;
  version: string;
  /** The tarball's file name, as `npm pack` names it (`poolster-elements-1.0.0.tgz`). */
  file: string;
}

/** npm: the one running this script when there is one (`npm run release`), else the one on the PATH. */
function npm(args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const cli = process.env.npm_execpath;
  const [command, argv] = cli && /\.[cm]?js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', [...args]];
  const ran = spawnSync(command, argv, { cwd, encoding: 'utf8' });
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** `npm pack` of every published workspace into `outDir` (which must exist); throws when one fails. */
export function packWorkspaces(root: string, outDir: string): PackedTarball[] {
  return PUBLISHED_WORKSPACES.map(({ name, folder }) => {
    const ran = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', outDir, '--workspace', name], root);
    if (ran.status !== 0) throw new Error(`npm pack --workspace ${name} failed:\n${ran.stderr}`);
    const [report] = JSON.parse(ran.stdout) as { filename: string }[];
    const { version } = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { version: string };
    return { name, version, file: report!.filename };
  });
}
