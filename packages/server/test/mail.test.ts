/**
 * Mail about a sent scan, end to end over real HTTP and real SMTP: the director of the centre receives
 * the overview, the viewer of its school group a notice, through the outbox in the database. A mail
 * server that is down delays mails (attempts counted, retried after the backoff) until they are given up
 * as failed, which the network admin sees in GET /api/mail. The clock is the server's injected `now()`
 * and passes are run by the test (`server.mail.runOnce()`): nothing waits for time to pass.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitFor } from '../../../scripts/test/wait-for.js';
import { renderOverviewEmail, type Response } from '../src/schema.js';
import { openStore } from '../src/store/open-store.js';
import { MEMORY } from '../src/store/pglite-engine.js';
import { rm } from 'node:fs/promises';
import { getJson, goInstrument, goResponse, startTestServer, submit, tempDir, type TestServer } from './helpers.js';
import { as, centreId, member } from './sessions.js';
import { headerOf, partsOf, startHeldSmtp, startSmtp, textOf, type Received, type TestSmtp } from './smtp.js';

const GROUP = 'Scholengroep Post';
const CENTRE = 'CLB Post';
const DIRECTOR = 'dirk@clb-post.example';
const VIEWER = 'vera@sg-post.example';
const MINUTE = 60_000;

/** CLB Post in its school group, with a director, a member who is not one, and the group's viewer. */
async function network(server: TestServer): Promise<void> {
  const centre = await centreId(server, CENTRE, GROUP);
  await server.store.addPerson({ email: DIRECTOR, name: 'Dirk Directeur', role: 'centre-member', centreId: centre, director: true });
  await server.store.addPerson({ email: 'lid@clb-post.example', name: 'Lien Lid', role: 'centre-member', centreId: centre });
  const group = (await server.store.schoolGroups()).find((g) => g.name === GROUP)!;
  await server.store.addPerson({ email: VIEWER, name: 'Vera Kijker', role: 'school-group-viewer', schoolGroupId: group.id });
}

const crlfToLf = (text: string) => text.replace(/\r\n/g, '\n');

async function outbox(server: TestServer): Promise<{ counts: Record<string, number>; unsent: Array<Record<string, any>> }> {
  const res = await getJson(`${server.url}/api/mail`);
  assert.equal(res.status, 200);
  return res.json;
}

describe('a sent scan is mailed to the centre’s director and its school group (SMTP)', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  const clock = new Date('2026-03-02T09:00:00.000Z');
  let sent: Response;
  let cookie: string;

  before(async () => {
    smtp = await startSmtp();
    server = await startTestServer({ smtpUrl: smtp.url, now: () => clock, rateLimitMax: 0 });
    await network(server);
  });
  after(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  it('after a real sign-in and POST /api/responses, the director receives the overview (HTML and text) and the viewer a notice with the report’s link', async () => {
    // Signing in as the director, by the link the server mails.
    const asked = await fetch(`${server.url}/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email: DIRECTOR }) });
    assert.equal(asked.status, 200);
    const link = /https?:\/\/\S+\/sign-in\/[A-Za-z0-9_-]{43}/.exec(textOf(await smtp.next()))![0];
    const used = await fetch(link, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    assert.equal(used.status, 303);
    cookie = used.headers.getSetCookie().find((c) => c.startsWith('poolster_session='))!.split(';')[0]!;

    sent = await goResponse({ centre: CENTRE });
    const posted = await submit(server.url, sent, { Cookie: cookie });
    assert.equal(posted.status, 201);

    const mails: Received[] = [await smtp.next(), await smtp.next()];
    const toDirector = mails.find((m) => m.to.includes(DIRECTOR))!;
    const toViewer = mails.find((m) => m.to.includes(VIEWER))!;
    assert.ok(toDirector && toViewer, `one mail each, got ${JSON.stringify(mails.map((m) => m.to))}`);

    const stored = (await getJson(`${server.url}/api/responses/${sent.id}`)).json as Response;
    const expected = renderOverviewEmail(await goInstrument(), stored, 'nl');
    assert.equal(headerOf(toDirector.data, 'Subject'), expected.subject);
    assert.ok(expected.subject.includes(CENTRE), 'the subject names the centre');
    const parts = partsOf(toDirector);
    assert.equal(crlfToLf(parts['text/plain']!).trimEnd(), crlfToLf(expected.text).trimEnd());
    assert.equal(crlfToLf(parts['text/html']!).trimEnd(), crlfToLf(expected.html).trimEnd());
    assert.ok(parts['text/plain']!.includes(CENTRE));

    assert.equal(headerOf(toViewer.data, 'Subject'), `${CENTRE} heeft zijn zelfscan verstuurd`);
    const notice = partsOf(toViewer)['text/plain']!;
    assert.ok(notice.includes('Dag Vera Kijker'), notice);
    assert.ok(notice.includes(`${server.url}/report/${sent.id}`), notice);
    assert.equal(partsOf(toViewer)['text/html'], undefined, 'the notice is plain text');

    await server.mail.idle();
    const box = await outbox(server);
    assert.deepEqual(box.counts, { pending: 0, sent: 2, failed: 0 });
    assert.deepEqual(box.unsent, []);
    assert.deepEqual(smtp.mails.map((m) => m.to).flat().sort(), [DIRECTOR, DIRECTOR, VIEWER].sort(), 'the member who is not a director gets nothing');
  });

  it('a repeated POST of the same scan queues nothing', async () => {
    const again = await submit(server.url, sent, { Cookie: cookie });
    assert.equal(again.status, 200);
    assert.equal(again.json.duplicate, true);
    await server.mail.idle();
    assert.deepEqual(await server.mail.runOnce(), { sent: 0, retried: 0, failed: 0 });
    assert.deepEqual((await outbox(server)).counts, { pending: 0, sent: 2, failed: 0 });
    assert.equal(smtp.mails.length, 3);
  });

  it('a centre without a director, in a group without a viewer: nothing is queued, and the log says so', async () => {
    const res = await submit(server.url, await goResponse({ centre: 'CLB Zonder' }), await as(server, member('CLB Zonder', 'Scholengroep Leeg')));
    assert.equal(res.status, 201);
    assert.deepEqual((await outbox(server)).counts, { pending: 0, sent: 2, failed: 0 });
    assert.ok(server.logs.has('no director registered for the centre'));
    assert.ok(server.logs.has('no viewer registered for the school group'));
  });
});

describe('while the mail server is down', () => {
  it('the mails stay pending with their attempt counted, and go out once it is up and the backoff has passed', async () => {
    const down = await startSmtp();
    const port = down.port;
    await down.close();
    let clock = new Date('2026-03-02T09:00:00.000Z');
    const server = await startTestServer({ smtpUrl: down.url, now: () => clock, mailMaxAttempts: 5 });
    let smtp: TestSmtp | undefined;
    try {
      await network(server);
      const scan = await goResponse({ centre: CENTRE });
      assert.equal((await submit(server.url, scan)).status, 201, 'the scan is stored whatever the mail server does');
      await server.mail.idle();
      let box = await outbox(server);
      assert.deepEqual(box.counts, { pending: 2, sent: 0, failed: 0 });
      for (const mail of box.unsent) {
        assert.equal(mail.attempts, 1);
        assert.match(mail.lastError, /ECONNREFUSED/);
        assert.equal(mail.nextAttemptAt, new Date(clock.getTime() + MINUTE).toISOString(), 'retried after a minute');
        assert.equal(mail.responseId, scan.id);
        assert.equal(mail.text, undefined, 'no bodies in the list');
      }
      assert.ok(server.logs.has('mail not sent: tried again later'));

      smtp = await startSmtp(port);
      assert.deepEqual(await server.mail.runOnce(), { sent: 0, retried: 0, failed: 0 }, 'not before the backoff has passed');
      clock = new Date(clock.getTime() + MINUTE);
      assert.deepEqual(await server.mail.runOnce(), { sent: 2, retried: 0, failed: 0 });
      assert.deepEqual(smtp.mails.map((m) => m.to).flat().sort(), [DIRECTOR, VIEWER].sort());
      box = await outbox(server);
      assert.deepEqual(box.counts, { pending: 0, sent: 2, failed: 0 });
    } finally {
      await server.dispose();
      await smtp?.close();
    }
  });

  it('after the last attempt a mail is failed, logged as an error and shown in GET /api/mail; the wait doubles in between', async () => {
    const down = await startSmtp();
    await down.close();
    let clock = new Date('2026-03-02T09:00:00.000Z');
    const server = await startTestServer({ smtpUrl: down.url, now: () => clock, mailMaxAttempts: 3 });
    try {
      await network(server);
      assert.equal((await submit(server.url, await goResponse({ centre: CENTRE }))).status, 201);
      await server.mail.idle();
      clock = new Date(clock.getTime() + MINUTE);
      assert.deepEqual(await server.mail.runOnce(), { sent: 0, retried: 2, failed: 0 });
      const second = await outbox(server);
      assert.deepEqual(second.unsent.map((m) => m.nextAttemptAt), [0, 1].map(() => new Date(clock.getTime() + 2 * MINUTE).toISOString()), 'two minutes after the second attempt');
      clock = new Date(clock.getTime() + 2 * MINUTE);
      assert.deepEqual(await server.mail.runOnce(), { sent: 0, retried: 0, failed: 2 });
      const box = await outbox(server);
      assert.deepEqual(box.counts, { pending: 0, sent: 0, failed: 2 });
      assert.deepEqual(box.unsent.map((m) => [m.recipient, m.status, m.attempts]).sort(), [
        [DIRECTOR, 'failed', 3],
        [VIEWER, 'failed', 3],
      ]);
      assert.ok(server.logs.lines.some((l) => l.level === 50 && String(l.msg).includes('given up')), 'logged at error level');
      clock = new Date(clock.getTime() + 24 * 60 * MINUTE);
      assert.deepEqual(await server.mail.runOnce(), { sent: 0, retried: 0, failed: 0 }, 'a failed mail is not tried again');
    } finally {
      await server.dispose();
    }
  });
});

describe('a server restarted while mails are pending', () => {
  it('sends them once the mail server is back: nothing queued is lost', async () => {
    const down = await startSmtp();
    await down.close();
    const dataDir = await tempDir();
    let clock = new Date('2026-03-02T09:00:00.000Z');
    let smtp: TestSmtp | undefined;
    try {
      const first = await startTestServer({ smtpUrl: down.url, dataDir, now: () => clock });
      try {
        await network(first);
        assert.equal((await submit(first.url, await goResponse({ centre: CENTRE }))).status, 201);
        await first.mail.idle();
        assert.deepEqual((await outbox(first)).counts, { pending: 2, sent: 0, failed: 0 });
      } finally {
        await first.dispose();
      }
      smtp = await startSmtp();
      clock = new Date(clock.getTime() + MINUTE);
      const second = await startTestServer({ smtpUrl: smtp.url, dataDir, now: () => clock });
      try {
        // No request and no test pass: the worker's first pass at start sends them.
        const received = [await smtp.next(), await smtp.next()];
        assert.deepEqual(received.map((m) => m.to).flat().sort(), [DIRECTOR, VIEWER].sort());
      } finally {
        await second.dispose();
      }
    } finally {
      await smtp?.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('stopping the server while a mail is being sent', () => {
  it('finishes the mail (and records it as sent) before it stops', async () => {
    const { smtp, release, receiving } = await startHeldSmtp();
    // The store is the test's, so it can be read after the server stopped.
    const store = await openStore({ dataDir: MEMORY });
    const server = await startTestServer({ smtpUrl: smtp.url, store });
    try {
      const centre = await centreId(server, CENTRE, GROUP);
      await store.addPerson({ email: DIRECTOR, name: 'Dirk', role: 'centre-member', centreId: centre, director: true });
      assert.equal((await submit(server.url, await goResponse({ centre: CENTRE }))).status, 201);
      await waitFor(receiving);
      const closing = server.dispose();
      // Released only once the server is stopping: had it not waited for the mail, it would be stopped by now.
      await waitFor(() => server.logs.has('mail outbox stopping'));
      release();
      await closing;
      assert.deepEqual((await store.outbox.overview()).counts, { pending: 0, sent: 1, failed: 0 });
      assert.equal(smtp.mails.length, 1);
    } finally {
      await server.dispose();
      await store.close();
      await smtp.close();
    }
  });
});
