/** What a sent scan causes to be mailed, in the scan's language: the overview to directors, a notice to viewers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanMails } from '../src/mail/scan-mails.js';
import { renderOverviewEmail } from '../src/schema.js';
import { goInstrument, goResponse } from './helpers.js';

const centre = { id: 'c-1', name: 'CLB Taal', schoolGroupId: 'sg-1' };
const now = new Date('2026-03-02T10:00:00.000Z');
const reportUrl = 'https://scan.poolster.example/report/r-1';
const recipients = {
  directors: [
    { email: 'd1@clb.example', name: 'Dina' },
    { email: 'd2@clb.example', name: 'Dries' },
  ],
  viewers: [{ email: 'v@sg.example', name: 'Vera' }],
};

describe('the mails of a sent scan', () => {
  it('the overview (HTML and text) to each director, a notice with the report link to each viewer, in the scan’s language', async () => {
    const instrument = await goInstrument();
    for (const [lang, words] of [
      ['nl', /Dag Vera,\n\nCLB Taal heeft zijn zelfscan verstuurd/],
      ['fr', /Bonjour Vera,\n\nCLB Taal a envoyé son autoévaluation/],
      ['en', /Hello Vera,\n\nCLB Taal has sent its self-scan/],
    ] as const) {
      const response = { ...(await goResponse({ centre: 'CLB Taal' })), lang };
      const mails = scanMails({ instrument, response, centre, recipients, reportUrl, now, timeZone: 'Europe/Brussels' });
      const overview = renderOverviewEmail(instrument, response, lang);
      assert.deepEqual(
        mails.map((m) => [m.kind, m.recipient, m.language]),
        [
          ['scan-overview', 'd1@clb.example', lang],
          ['scan-overview', 'd2@clb.example', lang],
          ['scan-notice', 'v@sg.example', lang],
        ],
      );
      const [first, , notice] = mails;
      assert.equal(first!.html, overview.html);
      assert.equal(first!.text, overview.text);
      assert.ok(first!.subject.includes('CLB Taal'), first!.subject);
      assert.match(notice!.text, words);
      assert.ok(notice!.text.includes(reportUrl));
      assert.ok(notice!.subject.includes('CLB Taal'));
      assert.equal(notice!.html, undefined);
      assert.ok(mails.every((m) => m.responseId === response.id && m.createdAt === now));
    }
  });

  it('names the centre in the subject when the overview does not, and keeps a subject on one line', async () => {
    const instrument = await goInstrument();
    const response = await goResponse({ centre: 'CLB Taal' });
    const odd = { ...centre, name: 'CLB\r\nBcc: x@evil.example' };
    const mails = scanMails({ instrument, response, centre: odd, recipients, reportUrl, now, timeZone: 'Europe/Brussels' });
    for (const mail of mails) {
      assert.ok(mail.subject.includes('CLB Bcc: x@evil.example'), mail.subject);
      assert.doesNotMatch(mail.subject, /[\r\n]/);
    }
  });

  it('the overview says the time in the server\'s time zone, as its pages do', async () => {
    const instrument = await goInstrument();
    const response = await goResponse({ centre: 'CLB Klok', at: '2026-03-02T10:00:00.000Z' });
    const overviewIn = (timeZone: string) => scanMails({ instrument, response, centre, recipients, reportUrl, now, timeZone }).find((m) => m.kind === 'scan-overview')!;
    assert.match(overviewIn('Europe/Brussels').text, /2 maart 2026 om 11:00/);
    assert.match(overviewIn('UTC').text, /2 maart 2026 om 10:00/);
  });

  it('no directors and no viewers: nothing', async () => {
    const instrument = await goInstrument();
    assert.deepEqual(scanMails({ instrument, response: await goResponse(), centre, recipients: { directors: [], viewers: [] }, reportUrl, now, timeZone: 'Europe/Brussels' }), []);
  });
});
