import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { ariaSnapshotCommand } from './scripts/test/aria-snapshot-command.mjs';
import { ballotEndpoint } from './scripts/test/ballot-endpoint.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/test/chromium.mjs';
import { countReporter } from './scripts/test/count-reporter.mjs';
import { jsonSchemaCommand } from './scripts/test/json-schema-command.mjs';
import { screenshotCommand } from './scripts/test/screenshot-command.mjs';

// Under `npm test` (scripts/test.mjs) the count reporter alone speaks for the runner: the test command
// prints one line per file, the failures in full, and with --verbose every test and every browser log
// line. Run by hand, this config reports as web-test-runner does by default.
const underTestCommand = process.env.POOLSTER_TEST_REPORT === '1';

const MINUTE = 60_000;

/** The browser test files; scripts/test.mjs reads them too, to fail a file that never reported. */
export const testFiles = ['packages/*/src/**/*.test.ts', 'packages/*/test/browser/**/*.test.ts'];

export default {
  files: testFiles,
  // poolster-source: our packages' TypeScript sources (see package.json exports); development: Lit's dev build.
  nodeResolve: { exportConditions: ['poolster-source', 'browser', 'development'] },
  concurrency: 1,
  // The elements take their language from the page when they are given none; the test page says Dutch,
  // the language the fixtures were written in. Tests of other languages set `lang` on the element or around it.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // A real HTTP endpoint of the participant's round protocol, for the HTTP ballot backend's tests.
  middleware: [ballotEndpoint()],
  // Guards against a hang, not measures of speed: a busy machine may be many times slower than a quiet
  // one, and a test must then take longer, not fail. Tests wait for events and conditions, never for time.
  browserStartTimeout: 2 * MINUTE,
  testsStartTimeout: 2 * MINUTE,
  testsFinishTimeout: 10 * MINUTE,
  testFramework: { config: { timeout: 2 * MINUTE } },
  plugins: [
    ariaSnapshotCommand(),
    jsonSchemaCommand(),
    screenshotCommand(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // The plugin reads this file as it is (no "extends"), so it gets the base with the decorator settings.
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // Lit announces its development build once per page; that is expected here, not a finding.
  filterBrowserLogs: ({ args }) => !args.some((a) => typeof a === 'string' && a.includes('Lit is in dev mode')),
  reporters: underTestCommand ? [countReporter()] : [defaultReporter()],
};
