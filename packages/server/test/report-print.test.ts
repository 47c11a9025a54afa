/**
 * The printed report, as a director gets it: the server's report page of a sent GO! scan printed to PDF
 * in Chromium (A4). The summary fits on two pages, the site's own chrome is not printed, and every page
 * carries its number. The PDF and a PNG of each summary page are kept in test-artifacts/report/ for a
 * person to look at.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Response } from '../../schema/src/index.js';
import { launchChromium } from '../../../scripts/test/browser.js';
import { PAGE_MESSAGES } from '../src/i18n/page-messages.js';
import { SIGN_IN_MESSAGES } from '../src/i18n/sign-in-messages.js';
import { ensureDropIn, REPO, startTestServer, submit, type TestServer } from './helpers.js';
import { browserCookie, member } from './sessions.js';

const ARTIFACTS = join(REPO, 'test-artifacts/report');
const EXAMPLE = join(REPO, 'content/go-clb/examples/response.json');

interface PrintedPage {
  text: string;
  png: Buffer;
}

/** Every page's text, and a picture of the first `pictures` pages (pdf.js, the legacy build that runs in Node). */
async function readPdf(pdf: Buffer, pictures: number): Promise<PrintedPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
      .join('')
      .replace(/[ \t]+/g, ' ');
    let png: Buffer = Buffer.alloc(0);
    if (n <= pictures) {
      const viewport = page.getViewport({ scale: 1.5 });
      const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: { toBuffer(type: string): Buffer }; context: unknown } };
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: context as never, canvas: canvas as never, viewport }).promise;
      png = canvas.toBuffer('image/png');
    }
    pages.push({ text, png });
  }
  await doc.destroy();
  return pages;
}

describe('the printed report of the GO! example', () => {
  let server: TestServer;
  let browser: Browser;
  let pages: PrintedPage[];
  let summaryPages: number;

  before(async () => {
    ensureDropIn();
    server = await startTestServer({ rateLimitMax: 0 });
    browser = await launchChromium();
    const response = JSON.parse(await readFile(EXAMPLE, 'utf8')) as Response;
    const sent = await submit(server.url, response);
    assert.equal(sent.status, 201, JSON.stringify(sent.json));

    const centre = response.context['centre-name']!.text!;
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
    await context.addCookies([await browserCookie(server, member(centre))]);
    const page = await context.newPage();
    await page.goto(`${server.url}/report/${response.id}`);
    // The report has drawn its summary and its details (the locator reads through the shadow root).
    await page.locator('poolster-report .summary svg.stage-chart').waitFor();
    await page.locator('poolster-report .details article.block').first().waitFor();
    await rm(ARTIFACTS, { recursive: true, force: true }); // no picture of an earlier run's page stays behind
    await mkdir(ARTIFACTS, { recursive: true });
    // The same page on screen, for comparison: its summary part only (the page with its chrome).
    await page.locator('poolster-report .summary').screenshot({ path: join(ARTIFACTS, 'go-example-summary-screen.png') });
    const pdf = await page.pdf({ format: 'A4' });
    await context.close();

    const all = await readPdf(pdf, 0);
    // The details begin on the first page that shows their heading: every page before it is the summary's.
    const detailsAt = all.findIndex((p) => p.text.includes('Details per bouwsteen'));
    assert.ok(detailsAt > 0, 'the details heading is printed, after the summary');
    summaryPages = detailsAt;
    pages = await readPdf(pdf, summaryPages);

    await writeFile(join(ARTIFACTS, 'go-example-report.pdf'), pdf);
    for (const [i, p] of pages.slice(0, summaryPages).entries()) await writeFile(join(ARTIFACTS, `go-example-summary-page-${i + 1}.png`), p.png);
    await writeFile(join(ARTIFACTS, 'pages.txt'), `summary pages: ${summaryPages}\ntotal pages: ${pages.length}\n`);
  });

  after(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('fits the director’s summary on at most two A4 pages, starting on the first', () => {
    assert.ok(summaryPages <= 2, `the summary takes ${summaryPages} pages`);
    const first = pages[0]!.text;
    for (const part of ['Samenvatting', 'Huidig stadium en ambitie per bouwsteen']) assert.ok(first.includes(part), `page 1 shows "${part}"`);
    const summary = pages.slice(0, summaryPages).map((p) => p.text).join('\n');
    for (const part of ['Prioriteiten, in volgorde', 'Grootste afstand tot de ambitie', 'Meest genoemde hefbomen en knelpunten', 'Inspirerende praktijken', 'Waar het team van mening verschilde']) {
      assert.ok(summary.includes(part), `the summary shows "${part}"`);
    }
  });

  it('prints none of the site’s chrome: navigation, the way back, the mail links, the sign-out', () => {
    const p = PAGE_MESSAGES.nl;
    const text = pages.map((page) => page.text).join('\n');
    for (const chrome of [p.back, p.navDashboard, p.navScan, p.overviewHtml, p.overviewText, p.overviewMail, p.skipLink, SIGN_IN_MESSAGES.nl.signOut, `${p.reportHeading}:`]) {
      assert.equal(text.includes(chrome), false, `"${chrome}" is not printed`);
    }
    assert.equal(/\bPoolster\b/.test(text), false, 'the site’s brand is not printed');
  });

  it('numbers every page ("n / total")', () => {
    assert.ok(pages.length > summaryPages);
    for (const [i, page] of pages.entries()) assert.match(page.text, new RegExp(`(^|\\s)${i + 1} / ${pages.length}(\\s|$)`), `page ${i + 1}`);
  });

  it('keeps the pictures of the summary pages', () => {
    for (const page of pages.slice(0, summaryPages)) assert.deepEqual([...page.png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  });
});
