import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/test/chromium.mjs';
import { countReporter } from './scripts/test/count-reporter.mjs';
import { jsonSchemaCommand } from './scripts/test/json-schema-command.mjs';

const countFile = process.env.POOLSTER_TEST_COUNTS;

export default {
  files: ['packages/*/src/**/*.test.ts', 'packages/*/test/browser/**/*.test.ts'],
  // poolster-source: our packages' TypeScript sources (see package.json exports); development: Lit's dev build.
  nodeResolve: { exportConditions: ['poolster-source', 'browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    jsonSchemaCommand(),
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
  reporters: [defaultReporter(), ...(countFile ? [countReporter(countFile)] : [])],
};
