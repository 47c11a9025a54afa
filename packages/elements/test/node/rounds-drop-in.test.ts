/**
 * The team round's drop-in (dist/poolster-rounds.js) as a page loads it: self-contained, without zod,
 * next to the scan's drop-in on one page (the scan page of a centre loads both) under a strict
 * Content-Security-Policy, and with a prefix of its own. Needs a build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { parseAst } from 'rollup/parseAst';
import { launchChromium } from '../../../../scripts/test/browser.js';
import { serveDropIn, watch } from '../../../../scripts/test/e2e-scan.js';
import type { StaticServer } from '../../../../scripts/test/static-server.js';
import { fromRoot } from './build-helpers.js';

const ROUNDS_DROP_IN = fromRoot('packages/elements/dist/poolster-rounds.js');

describe('the rounds drop-in (dist/poolster-rounds.js)', () => {
  const code = readFileSync(ROUNDS_DROP_IN, 'utf8');

  it('is self-contained and carries no zod (a phone joining a round loads nothing else)', () => {
    const imports: string[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      const { type, source } = node as { type?: string; source?: { value?: unknown } };
      if (type === 'ImportDeclaration' || type === 'ImportExpression' || ((type === 'ExportAllDeclaration' || type === 'ExportNamedDeclaration') && source)) imports.push(String(source?.value));
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(parseAst(code));
    assert.deepEqual(imports, []);
    for (const zodMark of ['ZodError', '$ZodType', 'jitless', 'Function(']) assert.ok(!code.includes(zodMark), `the rounds drop-in holds "${zodMark}"`);
  });

  describe('on a page', () => {
    let browser: Browser;
    let server: StaticServer;
    before(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'poolster-rounds-'));
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <script type="module" src="/poolster.js"></script>
        <script type="module" src="/poolster-rounds.js"></script>
        </head><body>
        <poolster-scan src="/instrument.json" draft-key="rounds"></poolster-scan>
        <poolster-vote src="/instrument.json" lang="fr"></poolster-vote>
        </body></html>`,
      );
      writeFileSync(
        join(dir, 'acme.html'),
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/poolster-rounds.js?prefix=acme"></script></head>
        <body><acme-vote src="/instrument.json"></acme-vote></body></html>`,
      );
      server = await serveDropIn(dir, { '/poolster-rounds.js': ROUNDS_DROP_IN });
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('works next to the scan under a strict CSP: the join form, and a plain message for a code nobody opened', async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      const { errors, violations } = await watch(page);
      await page.goto(`${server.url}/index.html`);
      await page.locator('poolster-scan .step-heading').waitFor();
      const vote = page.locator('poolster-vote');
      await vote.getByLabel('Code de participation').fill('zz99zz');
      await vote.getByRole('button', { name: 'Participer' }).click();
      // The static server has no /api/join: a 404, which is what an unknown code gets.
      await vote.locator('.error-message').filter({ hasText: 'Aucune ronde ouverte n’a ce code' }).waitFor();
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
      assert.deepEqual(errors, []);
      assert.deepEqual(await violations(), []);
      await page.close();
    });

    it('registers under the prefix of its URL', async () => {
      const page = await browser.newPage();
      const { errors } = await watch(page);
      await page.goto(`${server.url}/acme.html`);
      await page.locator('acme-vote #code').waitFor();
      const tags = await page.evaluate(() => ['acme-vote', 'acme-stage-picker', 'acme-choice-group', 'poolster-vote'].map((t) => customElements.get(t) !== undefined));
      assert.deepEqual(tags, [true, true, true, false]);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
});
