import { writeFileSync } from 'node:fs';

/**
 * A web-test-runner reporter that writes how many tests passed and failed to a JSON file, so the
 * test command can print one honest total over every suite. A test file that failed to load (no test
 * results, session errors) counts as one failure: a check that cannot run fails.
 */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const failures = [];
      const walk = (suite, session) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed += 1;
          else {
            failed += 1;
            failures.push(`${session.testFile}: ${test.name}`);
          }
        }
        for (const child of suite.suites) walk(child, session);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, session);
        const ran = session.testResults && countTests(session.testResults) > 0;
        if (!ran || (session.errors?.length ?? 0) > 0) {
          failed += 1;
          failures.push(`${session.testFile}: ${session.errors?.map((e) => e.message).join('; ') || 'no test ran'}`);
        }
      }
      writeFileSync(file, JSON.stringify({ passed, failed, failures }));
    },
  };
}

const countTests = (suite) => suite.tests.length + suite.suites.reduce((n, s) => n + countTests(s), 0);
