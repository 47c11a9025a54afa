/**
 * Signing in by e-mail, end to end over real HTTP and real SMTP: a mail server started by the test on
 * loopback (smtp-server) receives what the server sends with nodemailer. The clock is the server's
 * injectable `now()`, moved by the test: nothing waits for time to pass.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitFor } from '../../../scripts/test/wait-for.js';
import { ConfigError, resolveConfig } from '../src/config.js';
import { startTestServer, type TestServer } from './helpers.js';
import { centreId } from './sessions.js';
import { startSmtp, textOf, type Received, type TestSmtp } from './smtp.js';

const linkIn = (mail: Received): string => {
  const match = /https?:\/\/\S+\/sign-in\/[A-Za-z0-9_-]{43}/.exec(textOf(mail));
  assert.ok(match, `a sign-in link in:\n${mail.data}`);
  return match[0];
};

const cookieOf = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('poolster_session='));

describe('signing in with a link by e-mail (SMTP)', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let clock = new Date('2026-03-02T09:00:00.000Z');
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual' as const,
  });

  before(async () => {
    smtp = await startSmtp();
    server = await startTestServer({ smtpUrl: smtp.url, now: () => clock, sessionLifetimeMs: 8 * 3_600_000, signInLinkLifetimeMs: 15 * 60_000 });
    const centre = await centreId(server, 'CLB Mail');
    await server.store.addPerson({ email: 'an@clb-mail.example', name: 'An Mail', role: 'centre-member', centreId: centre });
  });
  after(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  it('mails a link, which opens a session that works until sign-out; the link works once', async () => {
    const asked = await fetch(`${server.url}/sign-in?lang=en`, form({ email: 'AN@clb-mail.example' }));
    assert.equal(asked.status, 200);
    assert.match(await asked.text(), /Check your mailbox/);
    const mail = await smtp.next();
    assert.deepEqual(mail.to, ['an@clb-mail.example']);
    assert.match(mail.data, /^Subject: Your sign-in link for Poolster$/m);
    const link = linkIn(mail);
    assert.ok(link.startsWith(`${server.url}/sign-in/`), link);

    // Following the link shows a button; only pressing it uses the link.
    const shown = await fetch(link);
    assert.equal(shown.status, 200);
    assert.ok((await shown.text()).includes(`action="${new URL(link).pathname}"`));
    const used = await fetch(link, form({}));
    assert.equal(used.status, 303);
    assert.equal(used.headers.get('location'), '/');
    const setCookie = cookieOf(used)!;
    assert.ok(setCookie, 'a session cookie');
    assert.match(setCookie, /; HttpOnly/);
    assert.match(setCookie, /; SameSite=Lax/);
    assert.match(setCookie, /; Path=\//);
    assert.match(setCookie, /; Max-Age=28800/);
    assert.doesNotMatch(setCookie, /; Secure/, 'plain http on loopback: not Secure, or the browser would not send it back');
    const cookie = setCookie.split(';')[0]!;
    const secret = cookie.split('=')[1]!;

    const me = await fetch(`${server.url}/api/me`, { headers: { Cookie: cookie } });
    assert.equal(me.status, 200);
    assert.deepEqual(await me.json().then((p: { email: string; role: string }) => [p.email, p.role]), ['an@clb-mail.example', 'centre-member']);
    assert.equal((await fetch(`${server.url}/`, { headers: { Cookie: cookie } })).status, 200, 'the scan page');
    const stored = await server.store.people();
    assert.ok(!JSON.stringify(stored).includes(secret));

    // The log shows that the link was followed, never the token that makes it work.
    const token = new URL(link).pathname.split('/').at(-1)!;
    await waitFor(() => server.logs.lines.filter((l) => (l.req as { url?: string } | undefined)?.url === '/sign-in/[token]').length >= 2);
    assert.ok(!JSON.stringify(server.logs.lines).includes(token), 'no sign-in token in the log');

    const again = await fetch(link, form({}));
    assert.equal(again.status, 400, 'a link works once');
    assert.equal(cookieOf(again), undefined);
    assert.equal((await fetch(link)).status, 400);

    const out = await fetch(`${server.url}/sign-out`, { ...form({}), headers: { ...form({}).headers, Cookie: cookie } });
    assert.equal(out.status, 303);
    assert.equal(out.headers.get('location'), '/sign-in');
    assert.match(cookieOf(out)!, /Expires=Thu, 01 Jan 1970/);
    assert.equal((await fetch(`${server.url}/api/me`, { headers: { Cookie: cookie } })).status, 401, 'the session is gone on the server too');
  });

  it('a link is refused after it expires, and a session after it expires', async () => {
    await fetch(`${server.url}/sign-in`, form({ email: 'an@clb-mail.example' }));
    const late = linkIn(await smtp.next());
    await fetch(`${server.url}/sign-in`, form({ email: 'an@clb-mail.example' }));
    const inTime = linkIn(await smtp.next());
    clock = new Date(clock.getTime() + 14 * 60_000);
    const used = await fetch(inTime, form({}));
    assert.equal(used.status, 303, 'within 15 minutes');
    const cookie = cookieOf(used)!.split(';')[0]!;
    clock = new Date(clock.getTime() + 60_000);
    const expired = await fetch(late, form({}));
    assert.equal(expired.status, 400, 'after 15 minutes');
    assert.match(await expired.text(), /gebruikt of verlopen/);

    assert.equal((await fetch(`${server.url}/api/me`, { headers: { Cookie: cookie } })).status, 200);
    clock = new Date(clock.getTime() + 8 * 3_600_000);
    assert.equal((await fetch(`${server.url}/api/me`, { headers: { Cookie: cookie } })).status, 401, 'after 8 hours');
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const before = smtp.mails.length;
    const unknown = await fetch(`${server.url}/sign-in`, form({ email: 'nobody@example.org' }));
    const known = await fetch(`${server.url}/sign-in`, form({ email: 'an@clb-mail.example' }));
    assert.equal(unknown.status, known.status);
    assert.equal(await unknown.text(), await known.text());
    await smtp.next();
    assert.equal(smtp.mails.length, before + 1, 'one mail: to the known address');
    assert.equal((await fetch(`${server.url}/sign-in`, form({ email: 'not an address' }))).status, 400);
  });

  it('marks the cookie Secure only when the request itself came over https: X-Forwarded-Proto is not trusted here', async () => {
    const person = (await server.store.personByEmail('an@clb-mail.example'))!;
    const link = await server.signIn.issueLink(person, server.url);
    const used = await fetch(link, { ...form({}), headers: { ...form({}).headers, 'X-Forwarded-Proto': 'https' } });
    assert.equal(used.status, 303);
    assert.doesNotMatch(cookieOf(used)!, /; Secure/);
  });

  it('refuses state-changing requests from another site (Origin), before anything runs', async () => {
    const before = smtp.mails.length;
    const foreign = await fetch(`${server.url}/sign-in`, { ...form({ email: 'an@clb-mail.example' }), headers: { ...form({}).headers, Origin: 'https://evil.example', 'Accept-Language': 'en' } });
    assert.equal(foreign.status, 403);
    assert.match(await foreign.text(), /another site/);
    const sameSiteFetch = await fetch(`${server.url}/sign-out`, { ...form({}), headers: { ...form({}).headers, 'Sec-Fetch-Site': 'cross-site' } });
    assert.equal(sameSiteFetch.status, 403);
    const own = await fetch(`${server.url}/sign-in`, { ...form({ email: 'an@clb-mail.example' }), headers: { ...form({}).headers, Origin: server.url } });
    assert.equal(own.status, 200);
    await smtp.next();
    assert.equal(smtp.mails.length, before + 1);
  });
});

describe('asking for a link while the mail server is down', () => {
  it('answers a known and an unknown address byte for byte the same, and logs the failed mail', async () => {
    const smtp = await startSmtp();
    await smtp.close();
    const server = await startTestServer({ smtpUrl: smtp.url });
    try {
      const centre = await centreId(server, 'CLB Down');
      await server.store.addPerson({ email: 'cas@clb-down.example', name: 'Cas', role: 'centre-member', centreId: centre });
      const ask = async (email: string) => {
        const res = await fetch(`${server.url}/sign-in?lang=en`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email }).toString() });
        // All but the date and the rate limit's count, which counts requests per client, not per address.
        const headers = [...res.headers].filter(([name]) => name !== 'date' && !name.startsWith('x-ratelimit-'));
        return { status: res.status, headers, body: await res.text() };
      };
      const known = await ask('cas@clb-down.example');
      const unknown = await ask('nobody@clb-down.example');
      assert.equal(known.status, 200);
      assert.deepEqual(unknown, known);
      assert.match(known.body, /Check your mailbox/);
      await waitFor(() => server.logs.has('sign-in mail not sent'));
    } finally {
      await server.dispose();
    }
  });
});

describe('the session cookie behind a trusted TLS proxy', () => {
  it('is Secure when the proxy reports https, and not for plain http', async () => {
    const server = await startTestServer({ trustProxy: '127.0.0.1' });
    try {
      const centre = await centreId(server, 'CLB Proxy');
      const person = await server.store.addPerson({ email: 'dee@clb-proxy.example', name: 'Dee', role: 'centre-member', centreId: centre });
      const useLink = async (headers: Record<string, string>) => {
        const link = await server.signIn.issueLink(person, server.url);
        return fetch(link, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, redirect: 'manual' });
      };
      const overTls = await useLink({ 'X-Forwarded-Proto': 'https' });
      assert.equal(overTls.status, 303);
      assert.match(cookieOf(overTls)!, /; Secure/);
      const plain = await useLink({});
      assert.equal(plain.status, 303);
      assert.doesNotMatch(cookieOf(plain)!, /; Secure/);
    } finally {
      await server.dispose();
    }
  });
});

describe('the session cookie’s Secure flag', () => {
  it('is set everywhere except on plain-http loopback', () => {
    assert.equal(resolveConfig({}).secureCookies, false);
    assert.equal(resolveConfig({ publicBaseUrl: 'https://scan.poolster.example/' }).secureCookies, true);
    assert.equal(resolveConfig({ host: '0.0.0.0', allowedHosts: ['scan.poolster.example'] }).secureCookies, true);
    assert.equal(resolveConfig({ publicBaseUrl: 'https://scan.poolster.example/' }).publicBaseUrl, 'https://scan.poolster.example');
    assert.throws(() => resolveConfig({ publicBaseUrl: 'ftp://x' }), ConfigError);
    assert.throws(() => resolveConfig({ smtpUrl: 'http://mail' }), ConfigError);
  });
});

describe('signing in without a mail server (the demo): the outbox folder', () => {
  it('writes the mail as an .eml file and announces its link', async () => {
    const notices: string[] = [];
    const server = await startTestServer({ notice: (line) => notices.push(line) });
    try {
      const centre = await centreId(server, 'CLB Outbox');
      await server.store.addPerson({ email: 'bo@clb-outbox.example', name: 'Bo', role: 'centre-member', centreId: centre });
      const res = await fetch(`${server.url}/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'email=bo%40clb-outbox.example' });
      assert.equal(res.status, 200);
      // The mail is written after the answer went out.
      await waitFor(() => notices.length > 0);
      assert.equal(notices.length, 1);
      const [file, link] = [/written to (\S+\.eml)/.exec(notices[0]!)![1]!, /(http\S+)/.exec(notices[0]!.split('\n')[1]!)![1]!];
      const { readFile } = await import('node:fs/promises');
      const eml = await readFile(file, 'utf8');
      assert.match(eml, /^To: bo@clb-outbox\.example\r$/m);
      assert.ok(textOf({ to: [], data: eml }).includes(link));
      const used = await fetch(link, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
      assert.equal(used.status, 303);
    } finally {
      await server.dispose();
    }
  });
});

describe('sign-in mails per address', () => {
  it('mails at most the configured number of links to one address per hour, answering every request the same; the log says why', async () => {
    const smtp = await startSmtp();
    let clock = new Date('2026-03-02T09:00:00.000Z');
    const server = await startTestServer({ smtpUrl: smtp.url, now: () => clock, signInMailsPerHour: 2, rateLimitMax: 0 });
    try {
      const centre = await centreId(server, 'CLB Vaak');
      await server.store.addPerson({ email: 'vaak@clb-vaak.example', name: 'Vaak', role: 'centre-member', centreId: centre });
      const ask = async () => {
        const res = await fetch(`${server.url}/sign-in?lang=en`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'email=vaak%40clb-vaak.example' });
        return { status: res.status, body: await res.text() };
      };
      const first = await ask();
      await smtp.next();
      clock = new Date(clock.getTime() + 20 * 60_000);
      assert.deepEqual(await ask(), first);
      await smtp.next();
      clock = new Date(clock.getTime() + 20 * 60_000);
      assert.deepEqual(await ask(), first, 'the third in the hour is answered the same');
      await waitFor(() => server.logs.has('too many links for this address'));
      assert.equal(smtp.mails.length, 2, 'but mails nothing');
      const refused = server.logs.lines.find((l) => String(l.msg).includes('too many links'))!;
      assert.equal(refused.level, 40, 'logged as a warning');
      assert.ok(!JSON.stringify(refused).includes('vaak@'), 'the log names the person by id, not by address');

      // An hour after the first link, one of the two leaves the window (its row is kept until then, past its expiry).
      clock = new Date(clock.getTime() + 20 * 60_000 + 1);
      assert.deepEqual(await ask(), first);
      await smtp.next();
      assert.equal(smtp.mails.length, 3);
    } finally {
      await server.dispose();
      await smtp.close();
    }
  });
});
