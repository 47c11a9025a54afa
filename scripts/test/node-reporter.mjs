import { resolve } from 'node:path';
import { inspect } from 'node:util';
import { MARK } from './results.mjs';

/**
 * A node:test reporter for scripts/test.mjs (`--test-reporter=./scripts/test/node-reporter.mjs`): one
 * marked JSON line per counted result and per line a test printed, so the test command counts from the
 * runner's own events and never from text a test could print.
 *
 * What counts:
 * - A leaf test (one without subtests) is one result: passed, failed, or skipped (`skip` and `todo`).
 * - A `describe` suite or a test with subtests is not a result of its own (a skipped `describe`, whose
 *   tests never report, counts as one skipped). When it fails while none of its tests failed (a
 *   failing `after` hook, an error in its own body), it counts as one failure, so a failure is never
 *   hidden and never counted twice.
 * - A test file whose process fails (it does not load, it exits early, an error escapes after the last
 *   test) counts as one failure when none of its tests failed.
 */
export default async function* poolsterNodeReporter(source) {
  const files = new Map();
  const state = (file) => {
    let s = files.get(file);
    if (!s) files.set(file, (s = { names: [], below: [], failed: 0 }));
    return s;
  };

  for await (const { type, data } of source) {
    if (type === 'test:stdout' || type === 'test:stderr') {
      yield line({ kind: 'output', file: data.file, stream: type.slice(5), text: data.message });
      continue;
    }
    if (type === 'test:diagnostic') {
      // Without a file it is the run's own summary (`# pass 3`): the counts come from the results instead.
      if (data.file) yield line({ kind: 'output', file: data.file, stream: 'diagnostic', text: `${data.message}\n` });
      continue;
    }
    if (type === 'test:start') {
      if (!isFileLevel(data)) state(data.file).names[data.nesting] = data.name;
      continue;
    }
    if (type !== 'test:pass' && type !== 'test:fail') continue;

    const s = state(data.file);
    const failed = type === 'test:fail';
    if (isFileLevel(data)) {
      if (failed && s.failed === 0) {
        s.failed += 1;
        yield result(data, [], 'failed', 'the test file failed outside its tests (it did not load, exited early, or an error escaped); see its output');
      }
      continue;
    }

    // Results arrive children first: `below[n + 1]` holds what the subtests of this test reported.
    const below = s.below[data.nesting + 1] ?? { any: false, failed: 0 };
    s.below[data.nesting + 1] = undefined;
    const path = s.names.slice(0, data.nesting + 1);
    path[data.nesting] = data.name;
    let countedFailures = 0;
    const isSuite = data.details?.type === 'suite';
    if (!below.any && (!isSuite || data.skip !== undefined || data.todo !== undefined)) {
      const status = data.skip !== undefined || data.todo !== undefined ? 'skipped' : failed ? 'failed' : 'passed';
      if (status === 'failed') countedFailures = 1;
      yield result(data, path, status, status === 'failed' ? describeError(data.details?.error) : undefined);
    } else if (failed && below.failed === 0) {
      countedFailures = 1;
      yield result(data, path, 'failed', describeError(data.details?.error));
    } else if (failed && data.details?.error?.failureType !== 'subtestsFailed') {
      // Its tests failed already (e.g. cancelled by a failing `before` hook): the cause is shown with them.
      yield line({ kind: 'output', file: data.file, stream: 'stderr', text: `${path.join(' › ')}: ${describeError(data.details?.error)}\n` });
    }
    s.failed += countedFailures;
    const mine = s.below[data.nesting] ?? { any: false, failed: 0 };
    s.below[data.nesting] = { any: true, failed: mine.failed + below.failed + countedFailures };
  }
}

const line = (value) => `${MARK}${JSON.stringify(value)}\n`;

const result = (data, path, status, error) =>
  line({ kind: 'result', file: data.file, path, status, ms: data.details?.duration_ms ?? 0, ...(error ? { error } : {}) });

/** The test node:test makes for a whole file: named after the file, at the top level. */
const isFileLevel = (data) => data.nesting === 0 && data.file !== undefined && resolve(data.name) === resolve(data.file);

/**
 * The error as a person needs it: for a failing assertion its own message, stack and values rather than
 * the runner's wrapper; for a hook, a timeout or a cancellation, what happened and then its cause.
 */
function describeError(error) {
  if (error === undefined || error === null) return 'failed';
  if (typeof error !== 'object') return String(error);
  const { failureType, cause } = error;
  if (failureType === 'testCodeFailure' && cause !== undefined) return show(cause);
  if (failureType === undefined) return show(error);
  const because = cause === undefined || String(cause) === error.message ? '' : `\n${show(cause)}`;
  return `${error.message} (${failureType})${because}`;
}

/**
 * An assertion's stack already holds its message and diff; anything else is inspected, for its code, cause
 * and other fields. Node's own frames say nothing about the test: left out.
 */
const show = (value) =>
  (value?.code === 'ERR_ASSERTION' && typeof value.stack === 'string'
    ? value.stack
    : typeof value === 'object' && value !== null
      ? inspect(value, { depth: 6, colors: false, breakLength: 120 })
      : String(value))
    .split('\n')
    .filter((frame) => !/^\s+at .*\(?node:(internal|async_hooks)/.test(frame) && !/^\s+at (new )?(Promise|SafePromise|Array\.map) /.test(frame))
    .join('\n');
