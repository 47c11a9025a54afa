/**
 * `npm test`: every suite, then one plain line `N passed, N failed` summed over all of them.
 * The type check counts as one check, and so does the build (`npm run build:dist`: rollup and the .d.ts
 * files, which the Node suites of the built packages, the tarballs and the byte ceilings need; it leaves
 * the committed custom-elements.json alone, so its drift test still means something). Node suites (CLI,
 * generated files, content, builds) run with node:test; browser suites run in Debian's Chromium through
 * web-test-runner, which this script installs when it is missing.
 * Exits non-zero when any test failed or any suite could not run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureChromium } from './test/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;

function findTests(dir, pattern) {
  const out = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path, pattern));
    else if (pattern.test(relative(root, path))) out.push(path);
  }
  return out;
}

/** Runs a command quietly: its output is shown only when it fails. */
function runQuietly(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => {
      if (code !== 0) process.stderr.write(output);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** npm: the one running this script when there is one (`npm test`), else the one on the PATH. */
const npmCommand = (args) =>
  process.env.npm_execpath && /\.[cm]?js$/.test(process.env.npm_execpath) ? [process.execPath, [process.env.npm_execpath, ...args]] : ['npm', args];

/** Runs a command, echoing its output, and returns its exit code and output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const totals = { passed: 0, failed: 0 };
const problems = [];

// 0. Types: a type error is a failed check, counted like a test.
{
  const { code } = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
  if (code === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    problems.push('type check (tsc --noEmit) failed');
  }
}

// 0b. The build: a failed build is a failed check, counted like a test (its output is shown then).
{
  console.log('Building (npm run build:dist) …');
  const { code } = await runQuietly(...npmCommand(['run', 'build:dist']));
  if (code === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    problems.push('the build (npm run build:dist) failed');
  }
}

// 1. Node suites.
const nodeTests = [
  ...findTests(join(root, 'packages'), /^packages\/[^/]+\/test\/node\/.*\.test\.ts$/),
  ...findTests(join(root, 'content'), /^content\/[^/]+\/test\/.*\.test\.ts$/),
  ...findTests(join(root, 'examples'), /^examples\/[^/]+\/test\/.*\.test\.ts$/),
];
if (nodeTests.length > 0) {
  const { code, output } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...nodeTests]);
  const pass = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail;
  if (code !== 0 && fail === 0) {
    totals.failed += 1;
    problems.push(`node suites exited with ${code} without a counted failure`);
  }
}

// 2. Browser suites.
try {
  ensureChromium();
  const countFile = join(mkdtempSync(join(tmpdir(), 'poolster-test-')), 'counts.json');
  const { code } = await run(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'], {
    POOLSTER_TEST_COUNTS: countFile,
  });
  let counts;
  try {
    counts = JSON.parse(readFileSync(countFile, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, failures: ['the browser suites reported no results'] };
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  problems.push(...counts.failures);
  if (code !== 0 && counts.failed === 0) {
    totals.failed += 1;
    problems.push(`web-test-runner exited with ${code} without a counted failure`);
  }
} catch (error) {
  totals.failed += 1;
  problems.push(`browser suites could not run: ${error.message}`);
}

if (problems.length > 0) console.log(`\nFailures:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
