#!/usr/bin/env node
// The `poolster` command. A published package runs its compiled code; a checkout of the repository
// runs the TypeScript sources through tsx, so there is no build step between editing and using it.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/node.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/node.ts', import.meta.url).href);
}
