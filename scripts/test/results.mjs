/**
 * The line format the test reporters (node-reporter.mjs, count-reporter.mjs) write for scripts/test.mjs:
 * the mark, then one JSON object. Whatever else a runner prints is output, never a count, so a test that
 * prints `# pass 500` changes nothing.
 *
 * - `{ kind: 'result', file, path: [describe…, test], status: 'passed' | 'failed' | 'skipped', ms, error? }`
 * - `{ kind: 'output', file, stream, text }`: what a test printed (stdout, stderr, browser console).
 * - `{ kind: 'file-done', file, ms }`: a browser test file finished (a Node file ends with its process).
 */
export const MARK = '\u001e@poolster-test ';
