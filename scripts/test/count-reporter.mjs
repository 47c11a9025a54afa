import { relative } from 'node:path';
import { MARK } from './results.mjs';

/**
 * A web-test-runner reporter for scripts/test.mjs: for each test file, as it finishes, one marked JSON
 * line per test (passed, failed or skipped, from the runner's own results), one per browser log line,
 * and one when the file is done (see results.mjs). A test file that does not load or compile, or that
 * throws outside its tests, counts as one failure when none of its tests failed; the test command fails
 * a file that ran no test at all.
 */
export function countReporter() {
  const startedAt = new Map();
  /** When the previous file finished: the start of the next one when its own start went unseen (files run one at a time). */
  let lastDoneAt = Date.now();
  let rootDir = process.cwd();
  const emit = (value) => process.stdout.write(`${MARK}${JSON.stringify(value)}\n`);

  return {
    start({ config, sessions }) {
      rootDir = config.rootDir ?? rootDir;
      lastDoneAt = Date.now();
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING' && !startedAt.has(session.testFile)) startedAt.set(session.testFile, Date.now());
      });
    },

    reportTestFileResults({ sessionsForTestFile, testFile }) {
      const file = relative(rootDir, testFile);
      for (const session of sessionsForTestFile) {
        let failed = 0;
        const walk = (suite, path) => {
          for (const test of suite.tests) {
            const status = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
            if (status === 'failed') failed += 1;
            emit({ kind: 'result', file, path: [...path, test.name], status, ms: test.duration ?? 0, ...(test.error ? { error: describeError(test.error) } : {}) });
          }
          for (const child of suite.suites) walk(child, [...path, child.name]);
        };
        if (session.testResults) walk(session.testResults, []);

        const errors = session.errors ?? [];
        if (errors.length > 0 && failed === 0) {
          emit({ kind: 'result', file, path: [], status: 'failed', ms: 0, error: `the test file failed outside its tests:\n${errors.map(describeError).join('\n')}` });
        } else if (errors.length > 0) {
          emit({ kind: 'output', file, stream: 'stderr', text: `${errors.map(describeError).join('\n')}\n` });
        }
        for (const args of session.logs ?? []) emit({ kind: 'output', file, stream: 'browser', text: `${args.map(String).join(' ')}\n` });
        for (const path of session.request404s ?? []) emit({ kind: 'output', file, stream: 'browser', text: `404: ${path}\n` });
      }
      const now = Date.now();
      emit({ kind: 'file-done', file, ms: now - Math.max(startedAt.get(testFile) ?? 0, lastDoneAt) });
      lastDoneAt = now;
    },
  };
}

/** A browser error as a person needs it: message, expected and actual values, stack. */
function describeError(error) {
  const lines = [error.name ? `${error.name}: ${error.message ?? ''}` : (error.message ?? 'Unknown error')];
  if (typeof error.expected === 'string' && typeof error.actual === 'string') lines.push(`expected: ${error.expected}`, `actual:   ${error.actual}`);
  if (error.stack) lines.push(error.stack);
  return lines.join('\n');
}
