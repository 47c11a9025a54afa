/** Shared by the build tests: where things are, and running a command to its end. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { moduleClosure as closure } from '../../../../scripts/test/module-closure.js';

export const ROOT = new URL('../../../../', import.meta.url).pathname;
export const fromRoot = (path: string): string => resolve(ROOT, path);

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command from the repository root (or `cwd`) and collects its output. */
export function run(command: string, args: readonly string[], cwd: string = ROOT): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

/** npm, the same one that runs `npm test` when there is one. */
export function npm(args: readonly string[], cwd: string = ROOT): Promise<Ran> {
  const cli = process.env.npm_execpath;
  return cli && /\.[cm]?js$/.test(cli) ? run(process.execPath, [cli, ...args], cwd) : run('npm', args, cwd);
}

/** The workspaces that are published, with their folders. */
export const PACKAGES = {
  '@poolster/schema': 'packages/schema',
  '@poolster/elements': 'packages/elements',
  '@poolster/content-go-clb': 'content/go-clb',
} as const;

export type PackageName = keyof typeof PACKAGES;

export const packageJson = (name: PackageName): Record<string, unknown> =>
  JSON.parse(readFileSync(fromRoot(`${PACKAGES[name]}/package.json`), 'utf8'));

/** A built module with the modules of its own package it imports (see scripts/test/module-closure.ts). */
export const moduleClosure = (entry: string): string[] => closure(fromRoot(entry));
