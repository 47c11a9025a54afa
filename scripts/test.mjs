/**
 * `npm test`: every check, then one plain last line `N passed, N failed, N skipped`, summed over all of
 * them from the test runners' own results (never from text a test prints). Exits non-zero when anything
 * failed, and a check that could not run, or a test file or suite that ran no test, counts as failed.
 *
 * - The type check and the build (`npm run build:dist`: rollup and the .d.ts files) count as one check
 *   each. The build starts from empty dist/ folders, and the suites that test its output wait for it
 *   and do not run when it failed, so an earlier build is never tested as if it were current.
 * - Node test files (see test/suites.mjs) run one process each, through test/node-reporter.mjs.
 * - Browser test files run in Debian's Chromium through web-test-runner and test/count-reporter.mjs.
 * - Debian's Chromium and PostgreSQL (the server's tests start their own) are installed when missing
 *   (test/chromium.mjs, test/postgres.mjs).
 * - Up to `--jobs` (default: the number of cores, at most 4) of these run side by side.
 *
 * Output: one line per check and test file as it finishes (counts, seconds), a line now and then while
 * something long runs, every failure in full, the total last. `--verbose` adds every test and all output.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { testFiles as browserGlobs } from '../web-test-runner.config.mjs';
import { runChild } from './test/child.mjs';
import { ensureChromium } from './test/chromium.mjs';
import { findFiles } from './test/files.mjs';
import { ensurePostgres } from './test/postgres.mjs';
import { Report } from './test/report.mjs';
import { schedule } from './test/schedule.mjs';
import { nodeSuites } from './test/suites.mjs';

const root = new URL('..', import.meta.url).pathname;
const nodeReporter = new URL('./test/node-reporter.mjs', import.meta.url).href;
/** The one time limit of a Node test: a guard against a hang, far above what any test needs on a busy machine. */
const NODE_TEST_TIMEOUT_MS = 10 * 60 * 1000;

let options;
try {
  ({ values: options } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, jobs: { type: 'string' } } }));
} catch (error) {
  console.error(`${error.message}\nUsage: npm test [-- --verbose] [-- --jobs N]`);
  process.exit(2);
}
const jobs = options.jobs ? Math.max(1, Number.parseInt(options.jobs, 10) || 1) : Math.min(4, Math.max(1, availableParallelism()));
const report = new Report({ verbose: options.verbose });

/** npm: the one running this script when there is one (`npm test`), else the one on the PATH. */
const npmCommand = (args) =>
  process.env.npm_execpath && /\.[cm]?js$/.test(process.env.npm_execpath) ? [process.execPath, [process.env.npm_execpath, ...args]] : ['npm', args];

/** A tool run as one check: passed when it exits 0; its output shown with the failure (or live with --verbose). */
async function check(name, command, args) {
  report.started(name);
  const startedAt = Date.now();
  const code = await runChild(command, args, { cwd: root, env: process.env, onOutput: (line) => report.output(name, line) });
  report.stopped(name);
  if (code === 0) report.pass(name);
  else report.fail(name, `exited with code ${code}; its output follows`);
  report.finish(name, Date.now() - startedAt);
  return code === 0;
}

/** One Node test file in its own `node --test` process. */
async function nodeTestFile(file) {
  report.started(file);
  report.item(file); // its seconds count from here
  const args = ['--import', 'tsx', '--test', `--test-reporter=${nodeReporter}`, '--test-reporter-destination=stdout', `--test-timeout=${NODE_TEST_TIMEOUT_MS}`, file];
  const code = await runChild(process.execPath, args, {
    cwd: root,
    env: process.env,
    onRecord: (record) => {
      if (record.kind === 'result') report.result(file, record);
      else if (record.kind === 'output') report.output(file, record.text);
    },
    onOutput: (line) => report.output(file, line),
  });
  report.stopped(file);
  if (code !== 0 && report.item(file).failed === 0) report.fail(file, `node --test exited with code ${code} without a failed test; see its output`);
  report.finish(file);
  return report.item(file).failed === 0;
}

/** Every browser test file in one web-test-runner run; a line per file as it finishes. */
async function browserTests(files) {
  const name = 'browser tests (web-test-runner)';
  if (chromiumProblem) {
    for (const file of files) {
      report.fail(file, `not run: ${chromiumProblem}`);
      report.finish(file, 0);
    }
    return false;
  }
  const done = new Set();
  const said = [];
  report.started(name, () => `${done.size} of ${files.length} files`);
  const env = { ...process.env, POOLSTER_TEST_REPORT: '1' };
  const code = await runChild(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'], {
    cwd: root,
    env,
    onRecord: (record) => {
      if (record.kind === 'result') report.result(record.file, record);
      else if (record.kind === 'output') report.output(record.file, record.text);
      else if (record.kind === 'file-done') {
        done.add(record.file);
        report.finish(record.file, record.ms);
      }
    },
    onOutput: (line) => {
      said.push(line);
      if (options.verbose) report.print(line);
    },
  });
  report.stopped(name);
  for (const file of files) {
    if (done.has(file)) continue;
    report.fail(file, 'no result: web-test-runner ended before this file reported');
    report.finish(file, 0);
  }
  const failed = [...done, ...files].some((file) => report.item(file).failed > 0);
  if (code !== 0 && !failed) {
    report.fail(name, `web-test-runner exited with code ${code} without a failed test`);
    report.finish(name);
  }
  if (code !== 0 || failed) report.note('What web-test-runner printed', said.filter((line) => !/^Running (tests|\d+ test files)\.\.\.$/.test(line.trim())));
  return code === 0 && !failed;
}

// What npm does not install: Debian's Chromium (the browser suites and the end-to-end tests) and
// PostgreSQL (the server's store tests), installed here when missing. When one cannot be had, what
// needs it fails.
let chromiumProblem;
try {
  ensureChromium();
} catch (error) {
  chromiumProblem = error.message;
}
try {
  ensurePostgres();
} catch (error) {
  report.fail('PostgreSQL (for the server tests)', error.message);
  report.finish('PostgreSQL (for the server tests)', 0);
}

// The plan.
const suites = nodeSuites(root);
const browserFiles = findFiles(root, browserGlobs);
const nodeCount = suites.reduce((n, suite) => n + suite.files.length, 0);
report.print(
  `npm test: type check, build, ${nodeCount} Node test files, ${browserFiles.length} browser test files; ${jobs} at a time.` +
    (options.verbose ? '' : ' (npm test -- --verbose shows every test and its output.)'),
);

const plan = [
  {
    name: 'build',
    run: () => {
      // From empty output folders: what a failed build leaves behind is never tested as current.
      for (const dist of findFiles(root, ['packages/*/package.json']).map((p) => join(root, p, '../dist'))) rmSync(dist, { recursive: true, force: true });
      return check('build (npm run build:dist)', ...npmCommand(['run', 'build:dist']));
    },
  },
];
if (browserFiles.length > 0) plan.push({ name: 'browser', run: () => browserTests(browserFiles) });
else {
  report.fail(`browser: ${browserGlobs.join(', ')}`, 'found no test files');
  report.finish(`browser: ${browserGlobs.join(', ')}`, 0);
}
const nodeJobs = suites.map((suite) => {
  if (suite.files.length === 0) {
    report.fail(`${suite.name}: ${suite.globs.join(', ')}`, 'found no test files');
    report.finish(`${suite.name}: ${suite.globs.join(', ')}`, 0);
  }
  return suite.files.map((file) => ({
    name: file,
    after: suite.needsBuild ? ['build'] : [],
    run: () => nodeTestFile(file),
    skip: (reason) => {
      report.fail(file, `not run: ${reason}`);
      report.finish(file, 0);
    },
  }));
});
const typeCheck = { name: 'types', run: () => check('types (tsc --noEmit)', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']) };
// Long jobs first and short ones last, so no slot idles at the end: the build and the browser suites
// (above), the first Node group (Storybook), the type check, then the other Node files.
plan.push(...(nodeJobs[0] ?? []), typeCheck, ...nodeJobs.slice(1).flat());

await schedule(plan, jobs);
const totals = report.end();
process.exitCode = totals.failed > 0 ? 1 : 0;
