import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { launchChromium } from '../../../../scripts/test/browser.js';
import { serveStatic } from '../../../../scripts/test/static-server.js';

const root = new URL('../../../../', import.meta.url).pathname;
let out: string;
let server: { url: string; close(): Promise<void> };

/** The static Storybook is built (as `npm run build-storybook` does) and then opened story by story. */
describe('Storybook (static build)', () => {
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'poolster-storybook-'));
    await promisify(execFile)(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', out], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    server = await serveStatic(out);
  });
  after(async () => server?.close());

  it('has stories and autodocs for every element', async () => {
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { entries: Record<string, { type: string; title: string }> };
    const titles = new Set(Object.values(index.entries).map((e) => e.title));
    for (const tag of ['scan', 'report', 'compare', 'stage-picker', 'choice-group', 'block-pick', 'block-ranking', 'progress-nav', 'error-summary', 'vote']) {
      assert.ok([...titles].some((t) => t.endsWith(`poolster-${tag}`)), `no stories for poolster-${tag}`);
      assert.ok(Object.values(index.entries).some((e) => e.type === 'docs' && e.title.endsWith(`poolster-${tag}`)), `no docs for poolster-${tag}`);
    }
  });

  it('renders stories in Chromium without errors: scan steps, errors, themes, report, compare, parts', async () => {
    const stories: Array<[string, string, string]> = [
      ['scan-poolster-scan--intro', 'poolster-scan', '.step-heading'],
      ['scan-poolster-scan--block-with-errors', 'poolster-scan', 'poolster-error-summary'],
      ['scan-poolster-scan--restored-draft', 'poolster-scan', '.notice'],
      ['scan-poolster-scan--continue-at', 'poolster-scan', '.continue-at'],
      ['scan-poolster-scan--draft-conflict', 'poolster-scan', '.sync-conflict'],
      ['scan-poolster-scan--dark-theme', 'poolster-scan', 'poolster-stage-picker'],
      ['scan-poolster-scan--broken-instrument', 'poolster-scan', '.error-panel'],
      ['results-poolster-report--report', 'poolster-report', 'svg.stage-chart'],
      ['results-poolster-report--go-example-with-team-round', 'poolster-report', '.summary .team-summary table'],
      ['results-poolster-compare--nineteen-centres', 'poolster-compare', 'table'],
      ['parts-poolster-block-ranking--partly-filled', 'poolster-block-ranking', 'ol'],
      ['rounds-poolster-vote--join', 'poolster-vote', '#code'],
      ['rounds-poolster-vote--first-block', 'poolster-vote', 'poolster-stage-picker'],
      ['rounds-poolster-vote--revealed', 'poolster-vote', '.status.revealed'],
    ];
    const browser = await launchChromium();
    try {
      for (const [id, tag, inside] of stories) {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`);
        await page.waitForFunction(
          ([t, s]) => Boolean(document.querySelector(t!)?.shadowRoot?.querySelector(s!)),
          [tag, inside],
          { timeout: 0 }, // no limit of its own: the test runner's guard is the one limit, so a busy machine only makes it slower
        );
        assert.deepEqual(errors, [], id);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
