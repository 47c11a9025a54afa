/**
 * One clock: the dashboard, the report page (and the report element on it), the scan page and the overview
 * say the same time for the same scan, in the time zone the server is configured with (POOLSTER_TIME_ZONE,
 * default Europe/Brussels), whatever the machine's own zone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../src/config.js';
import { goResponse, startTestServer, submit } from './helpers.js';
import { fetchAs, member } from './sessions.js';

const SENT = '2026-03-02T10:00:00.000Z';

describe('one clock for a scan on every page and in its overview', () => {
  for (const [timeZone, shown] of [
    [undefined, '11:00'],
    ['UTC', '10:00'],
    ['America/New_York', '05:00'],
  ] as const) {
    it(`${timeZone ?? 'by default (Europe/Brussels)'}: ${shown} everywhere`, async () => {
      const server = await startTestServer(timeZone ? { timeZone } : {});
      try {
        const response = await goResponse({ centre: 'CLB Klok', at: SENT });
        assert.equal((await submit(server.url, response)).status, 201);
        const zone = timeZone ?? 'Europe/Brussels';
        const dashboard = await (await fetchAs(server, '/dashboard')).text();
        assert.match(dashboard, new RegExp(`<time datetime="${SENT}">[^<]*${shown}</time>`), 'the dashboard');
        const report = await (await fetchAs(server, `/report/${response.id}`)).text();
        assert.match(report, new RegExp(`<time datetime="${SENT}">[^<]*${shown}</time>`), 'the report page');
        assert.ok(report.includes(`time-zone="${zone}"`), 'the report element is told the zone');
        for (const format of ['html', 'txt']) {
          const overview = await (await fetchAs(server, `/api/responses/${response.id}/overview.${format}`)).text();
          assert.match(overview, new RegExp(`2 maart 2026 om ${shown}`), `the overview as ${format}`);
        }
        const scan = await (await fetchAs(server, '/', {}, member('CLB Klok'))).text();
        assert.ok(scan.includes(`time-zone="${zone}"`), 'the scan is told the zone');
      } finally {
        await server.dispose();
      }
    });
  }

  it('an unknown zone stops the server at start with a message that names it', () => {
    assert.throws(() => resolveConfig({ timeZone: 'Mars/Olympus' }), /POOLSTER_TIME_ZONE must be a time zone such as Europe\/Brussels or UTC, not "Mars\/Olympus"/);
  });
});
