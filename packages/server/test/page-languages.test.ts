/**
 * The server's pages in each of its languages: the scan, the dashboard, the report and an error page
 * answer in the language asked for (`?lang=`, else Accept-Language), with their own words and the
 * elements told the same language.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { escapeHtml } from '../src/html.js';
import { LANGUAGES } from '../src/i18n/language.js';
import { PAGE_MESSAGES } from '../src/i18n/page-messages.js';
import { ensureDropIn, goResponse, startTestServer, submit, type TestServer } from './helpers.js';
import { ADMIN, fetchAs, member } from './sessions.js';

describe('the pages in nl, fr and en', () => {
  let server: TestServer;
  let id: string;
  before(async () => {
    ensureDropIn();
    server = await startTestServer();
    const response = await goResponse({ centre: 'CLB Talen' });
    id = response.id;
    assert.equal((await submit(server.url, response)).status, 201);
  });
  after(() => server?.dispose());

  const get = async (path: string, headers: Record<string, string> = {}, who = ADMIN) => {
    const res = await fetchAs(server, path, { headers }, who);
    return { status: res.status, body: await res.text() };
  };

  for (const lang of LANGUAGES) {
    const t = PAGE_MESSAGES[lang];
    it(`answers in ${lang}`, async () => {
      const scan = await get(`/?lang=${lang}`, {}, member('CLB Talen'));
      assert.equal(scan.status, 200);
      assert.match(scan.body, new RegExp(`<html lang="${lang}">`));
      assert.ok(scan.body.includes(escapeHtml(t.scanLead)), `the scan page's lead in ${lang}`);
      assert.ok(scan.body.includes(`<a href="/?lang=${lang}" aria-current="page">${escapeHtml(t.navScan)}</a>`), `the menu in ${lang}`);
      assert.ok(scan.body.includes(`<a href="/dashboard?lang=${lang}" aria-current="false">`), `the menu keeps ${lang}`);
      assert.ok(scan.body.includes(`<a href="/dashboard?lang=${lang}">${escapeHtml(t.dashboardLink)}</a>`), `the lead's link keeps ${lang}`);
      assert.ok(scan.body.includes(`<poolster-scan src="/instrument.json" action="/api/responses" report-href="/report/{id}?lang=${lang}" draft-url="/api/drafts/go-clb-poolster" lang="${lang}" time-zone="Europe/Brussels">`), `the scan element in ${lang}, its report link keeping ${lang}`);

      const dashboard = await get(`/dashboard?lang=${lang}`);
      assert.equal(dashboard.status, 200);
      assert.match(dashboard.body, new RegExp(`<html lang="${lang}">`));
      assert.ok(dashboard.body.includes(`<title>${escapeHtml(t.dashboardTitle)} – Poolster</title>`), `the dashboard's title in ${lang}`);
      assert.ok(dashboard.body.includes(`<h2 id="compare-title">${escapeHtml(t.compareTitle)}</h2>`), `the dashboard's headings in ${lang}`);
      assert.ok(dashboard.body.includes(`>${escapeHtml(t.overviewHtml)}</a>`), `the overview links in ${lang}`);
      assert.ok(dashboard.body.includes(`<poolster-compare lang="${lang}">`));
      assert.ok(dashboard.body.includes(`<a href="/report/${id}?lang=${lang}">`), `the report links keep ${lang}`);
      assert.ok(dashboard.body.includes(`<a class="brand" href="/?lang=${lang}">`), `the brand link keeps ${lang}`);

      const report = await get(`/report/${id}?lang=${lang}`);
      assert.equal(report.status, 200);
      assert.match(report.body, new RegExp(`<html lang="${lang}">`));
      assert.ok(report.body.includes(`<h1 class="no-print">${escapeHtml(t.reportHeading)}: CLB Talen</h1>`), `the report's heading in ${lang}`);
      assert.ok(report.body.includes(`<a href="/dashboard?lang=${lang}">${escapeHtml(t.back)}</a>`), `the way back in ${lang}`);
      assert.ok(report.body.includes(`lang="${lang}" time-zone="Europe/Brussels"></poolster-report>`));

      const missing = await get(`/no/such/page?lang=${lang}`);
      assert.equal(missing.status, 404);
      assert.match(missing.body, new RegExp(`<html lang="${lang}">`));
      assert.ok(missing.body.includes(`<h1>${escapeHtml(t.error404)}</h1>`), `the error page in ${lang}`);
    });
  }

  it('takes the language from Accept-Language when there is no ?lang=, and Dutch when neither says', async () => {
    const french = await get('/dashboard', { 'Accept-Language': 'fr-BE,fr;q=0.9,en;q=0.5' });
    assert.match(french.body, /<html lang="fr">/);
    assert.ok(french.body.includes(escapeHtml(PAGE_MESSAGES.fr.listTitle)), 'the French list title');
    const none = await get('/dashboard');
    assert.match(none.body, /<html lang="nl">/);
    // Without ?lang= the links stay plain: the browser's language goes on choosing.
    assert.ok(french.body.includes('<a href="/" aria-current="false">'), 'plain menu link');
  });
});
