#!/usr/bin/env node
// The `poolster` command. In a checkout of the repository it runs the TypeScript sources through tsx, so a
// stale build can never answer for the current code; a published package has no sources and runs dist.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/node.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli/node.js', import.meta.url).href);
}
