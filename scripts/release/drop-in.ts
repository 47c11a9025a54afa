/** The drop-in folder of the release: poolster.js and every file it loads from beside itself. */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The release's sub-folder with the drop-in files, copied as one folder to a web server. */
export const DROP_IN_FOLDER = 'drop-in';

/** The entries a page loads with a `<script type="module">`: the scan's drop-in and the rounds' drop-in. */
export const DROP_IN_ENTRIES = ['poolster.js', 'poolster-rounds.js'] as const;

/**
 * Copies the built drop-in files (packages/elements/dist/poolster*.js: the entries, the core and the
 * files loaded on first need) into `<outDir>/drop-in/`. Taken by name pattern rather than from a fixed
 * list, so that a new late file of the build is released without a change here; source maps stay out
 * (they point at sources the release does not carry). Returns the file names, sorted.
 */
export function copyDropIn(root: string, outDir: string): string[] {
  const dist = join(root, 'packages/elements/dist');
  for (const entry of DROP_IN_ENTRIES) {
    if (!existsSync(join(dist, entry))) throw new Error(`${entry} is not built: run \`npm run build\` first (packages/elements/dist/${entry} is missing)`);
  }
  const target = join(outDir, DROP_IN_FOLDER);
  mkdirSync(target, { recursive: true });
  const files = readdirSync(dist).filter((name) => /^poolster.*\.js$/.test(name)).sort();
  for (const file of files) copyFileSync(join(dist, file), join(target, file));
  return files;
}
