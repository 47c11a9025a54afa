import { findFiles } from './files.mjs';

/**
 * The Node test files, in groups; a file belongs to the first group whose globs match it. A group that
 * finds no file fails: a suite that runs no test is not a pass.
 *
 * - `needsBuild`: the group tests what `npm run build:dist` makes (the drop-in, dist/, the tarballs),
 *   so its files wait for the build and do not run at all when the build failed (each then counts as
 *   failed), rather than test an earlier build as if it were current.
 *
 * Files run side by side, so each starts what it needs on its own (temporary folders, free loopback
 * ports, its own PostgreSQL through test/postgres.mjs).
 */
export const NODE_GROUPS = [
  // The longest Node file (it builds Storybook itself) goes first; like the manifest test it reads sources only.
  {
    name: 'elements sources (Node)',
    globs: ['packages/elements/test/node/storybook.test.ts', 'packages/elements/test/node/manifest.test.ts'],
    needsBuild: false,
  },
  { name: 'schema (Node)', globs: ['packages/schema/test/node/**/*.test.ts'], needsBuild: false },
  { name: 'content', globs: ['content/*/test/**/*.test.ts'], needsBuild: false },
  { name: 'builds and packages (Node)', globs: ['packages/*/test/node/**/*.test.ts', 'packages/schema/test/e2e/**/*.test.ts'], needsBuild: true },
  { name: 'server', globs: ['packages/server/test/**/*.test.ts'], needsBuild: true },
  { name: 'examples', globs: ['examples/*/test/**/*.test.ts'], needsBuild: true },
  // The project's own tools: the benchmark's way of reading a trace.
  { name: 'tools (Node)', globs: ['scripts/**/*.test.ts'], needsBuild: false },
];

/** The groups with their files: `[{ ...group, files: ['packages/…/x.test.ts', …] }]`. */
export function nodeSuites(root) {
  const taken = new Set();
  return NODE_GROUPS.map((group) => {
    const files = findFiles(root, group.globs).filter((file) => !taken.has(file));
    for (const file of files) taken.add(file);
    return { ...group, files };
  });
}
