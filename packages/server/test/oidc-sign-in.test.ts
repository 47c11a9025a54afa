/**
 * Signing in with an OpenID Connect identity provider, end to end: a real provider (oidc-provider) on a
 * loopback port, its own login and consent forms filled in by a fetch-and-cookie-jar browser, the
 * server's real callback, and the session it opens checked on /api/me.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addressOf, OidcRefusedError } from '../src/auth/oidc.js';
import { ConfigError, resolveConfig } from '../src/config.js';
import { configFromEnv } from '../src/env.js';
import { SESSION_COOKIE } from '../src/plugins/access.js';
import { startTestServer, type TestServer } from './helpers.js';
import { Browser, freePort, signInAtProvider, startProvider, TEST_CLIENT, type TestProvider } from './oidc.js';
import { centreId } from './sessions.js';

const ACCOUNTS = {
  an: { email: 'An@CLB-OIDC.example', email_verified: true, name: 'An' },
  // As Microsoft Entra ID often signs: no `email`, no `email_verified`, the address in preferred_username.
  admin: { preferred_username: 'Admin@Network-OIDC.example', name: 'Admin' },
  unverified: { email: 'an@clb-oidc.example', email_verified: false },
  stranger: { email: 'nobody@elsewhere.example', email_verified: true },
};

const oidcOptions = (port: number) => ({ oidcIssuer: `http://127.0.0.1:${port}`, oidcClientId: TEST_CLIENT.id, oidcClientSecret: TEST_CLIENT.secret, oidcName: 'Microsoft 365' });
const sessionIn = (browser: Browser, server: TestServer) => browser.cookies(new URL(server.url).origin).get(SESSION_COOKIE);
const me = async (server: TestServer, browser: Browser) => {
  const res = await browser.request(`${server.url}/api/me`);
  return { status: res.status, body: (await res.json()) as { email?: string; role?: string } };
};

describe('signing in with an identity provider (OpenID Connect)', () => {
  let server: TestServer;
  let provider: TestProvider;
  let clock: Date | undefined;

  before(async () => {
    const port = await freePort();
    server = await startTestServer({ ...oidcOptions(port), now: () => clock ?? new Date() });
    provider = await startProvider({ port, redirectUri: `${server.url}/sign-in/oidc/callback`, accounts: ACCOUNTS });
    const centre = await centreId(server, 'CLB OIDC');
    await server.store.addPerson({ email: 'an@clb-oidc.example', name: 'An', role: 'centre-member', centreId: centre });
    await server.store.addPerson({ email: 'admin@network-oidc.example', name: 'Admin', role: 'network-admin' });
  });
  after(async () => {
    await server?.dispose();
    await provider?.close();
  });

  it('shows "Sign in with <name>" above the e-mail form, in each language', async () => {
    for (const [lang, label] of [['nl', 'Aanmelden met Microsoft 365'], ['fr', 'Se connecter avec Microsoft 365'], ['en', 'Sign in with Microsoft 365']] as const) {
      const page = await (await fetch(`${server.url}/sign-in?lang=${lang}`)).text();
      const button = page.indexOf(`<a class="button" href="/sign-in/oidc?lang=${lang}">${label}</a>`);
      assert.ok(button > 0, `the button in ${lang}`);
      assert.ok(button < page.indexOf('<form method="post" action="/sign-in'), 'above the e-mail form');
      assert.match(page, new RegExp(`<html lang="${lang}">`));
    }
  });

  it('signs a registered person in: the same session cookie as a link, and /api/me knows them', async () => {
    const browser = new Browser();
    const start = await browser.request(`${server.url}/sign-in/oidc?lang=en`);
    assert.equal(start.status, 303);
    const authorize = new URL(start.headers.get('location')!);
    assert.equal(authorize.origin, provider.issuer);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(authorize.searchParams.get('redirect_uri'), `${server.url}/sign-in/oidc/callback`);
    for (const check of ['state', 'nonce', 'code_challenge']) assert.match(authorize.searchParams.get(check) ?? '', /^[A-Za-z0-9_-]{43}$/, check);
    const transaction = start.headers.getSetCookie().find((c) => c.startsWith('poolster_oidc='))!;
    assert.match(transaction, /; Max-Age=600/);
    assert.match(transaction, /; Path=\/sign-in\/oidc/);
    assert.match(transaction, /; HttpOnly/);
    assert.match(transaction, /; SameSite=Lax/);
    for (const check of ['state', 'nonce']) assert.ok(!transaction.includes(authorize.searchParams.get(check)!), `the cookie does not hold the ${check} itself`);

    // The whole way, from the button (again) through the provider's forms and back.
    const signedIn = await signInAtProvider(browser, server.url, 'an');
    assert.equal(signedIn.answer.status, 303);
    assert.equal(signedIn.answer.headers.get('location'), '/');
    const cookie = signedIn.answer.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.match(cookie, /; Path=\/;/);
    assert.match(cookie, /; Max-Age=43200/);
    assert.equal(browser.cookies(new URL(server.url).origin).get('poolster_oidc'), undefined, 'the transaction cookie is cleared');
    const who = await me(server, browser);
    assert.deepEqual([who.status, who.body.email, who.body.role], [200, 'an@clb-oidc.example', 'centre-member']);
    assert.equal((await browser.request(`${server.url}/`)).status, 200, 'the scan page');
    // The log holds neither the code nor the state of the callback.
    const code = signedIn.callback.searchParams.get('code')!;
    assert.ok(!JSON.stringify(server.logs.lines).includes(code), 'no code in the log');
    assert.ok(server.logs.lines.some((l) => l.msg === 'signed in' && l.via === 'oidc' && l.claim === 'email'), 'the sign-in is logged, with the claim used');
  });

  it('accepts an address in preferred_username when there is no email claim (Microsoft Entra ID)', async () => {
    const browser = new Browser();
    const { answer } = await signInAtProvider(browser, server.url, 'admin');
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), '/dashboard');
    const who = await me(server, browser);
    assert.equal(who.status, 200);
    assert.equal(who.body.email, 'admin@network-oidc.example');
  });

  it('tells an unregistered address that it is not registered and whom to ask; creates nothing and opens no session', async () => {
    const people = (await server.store.people()).length;
    const browser = new Browser();
    const { answer } = await signInAtProvider(browser, server.url, 'stranger');
    assert.equal(answer.status, 403);
    const page = await answer.text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /This address is not registered/);
    assert.match(page, /nobody@elsewhere\.example/);
    assert.match(page, /administrator/);
    assert.equal(sessionIn(browser, server), undefined);
    assert.equal((await me(server, browser)).status, 401);
    assert.equal((await server.store.people()).length, people);
  });

  it('refuses an address the provider says is not verified', async () => {
    const browser = new Browser();
    const { answer } = await signInAtProvider(browser, server.url, 'unverified');
    assert.equal(answer.status, 400);
    assert.match(await answer.text(), /no confirmed e-mail address/);
    assert.equal(sessionIn(browser, server), undefined);
  });

  it('refuses a forged state, and a replayed callback (with or without its old cookie)', async () => {
    const forged = new Browser();
    const refused = await signInAtProvider(forged, server.url, 'an', {
      callback: (url) => {
        url.searchParams.set('state', 'A'.repeat(43));
        return url;
      },
    });
    assert.equal(refused.answer.status, 400);
    assert.match(await refused.answer.text(), /did not succeed or was interrupted/);
    assert.equal(sessionIn(forged, server), undefined);

    const browser = new Browser();
    let transaction = '';
    const first = await signInAtProvider(browser, server.url, 'an', {
      callback: (url) => ((transaction = browser.cookies(new URL(server.url).origin).get('poolster_oidc')!), url),
    });
    assert.equal(first.answer.status, 303);
    const replayer = new Browser();
    const replay = await replayer.request(first.callback);
    assert.equal(replay.status, 400, 'without the transaction cookie');
    replayer.cookies(new URL(server.url).origin).set('poolster_oidc', transaction);
    const withCookie = await replayer.request(first.callback);
    assert.equal(withCookie.status, 400, 'with it: the code was redeemed once already');
    assert.equal(sessionIn(replayer, server), undefined);
  });

  it('refuses an ID token with another nonce, and a tampered callback', async () => {
    const wrongNonce = new Browser();
    const nonce = await signInAtProvider(wrongNonce, server.url, 'an', {
      authorization: (url) => {
        url.searchParams.set('nonce', 'n'.repeat(43));
        return url;
      },
    });
    assert.equal(nonce.answer.status, 400);
    assert.equal(sessionIn(wrongNonce, server), undefined);
    const refusal = server.logs.lines.filter((l) => l.msg === 'identity provider sign-in refused').at(-1);
    assert.equal(refusal?.claim, 'nonce', `the refusal logged names the nonce: ${JSON.stringify(refusal)}`);

    for (const tamper of [(url: URL) => url.searchParams.set('code', `${url.searchParams.get('code')}x`), (url: URL) => url.searchParams.set('iss', 'https://evil.example')]) {
      const browser = new Browser();
      const { answer } = await signInAtProvider(browser, server.url, 'an', { callback: (url) => (tamper(url), url) });
      assert.equal(answer.status, 400);
      assert.equal(sessionIn(browser, server), undefined);
    }
  });

  it('refuses a callback that comes back after the transaction expired (ten minutes, by the server’s clock)', async () => {
    const browser = new Browser();
    const { answer } = await signInAtProvider(browser, server.url, 'an', {
      callback: (url) => ((clock = new Date(Date.now() + 11 * 60_000)), url),
    });
    clock = undefined;
    assert.equal(answer.status, 400);
    assert.equal(sessionIn(browser, server), undefined);
  });
});

describe('an identity provider that is down when the server starts', () => {
  it('the server starts anyway, the button answers a localised page, and works once the provider is up', async () => {
    const port = await freePort();
    const server = await startTestServer(oidcOptions(port));
    let provider: TestProvider | undefined;
    try {
      const down = await fetch(`${server.url}/sign-in/oidc?lang=fr`, { redirect: 'manual' });
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('retry-after'), '60');
      const page = await down.text();
      assert.match(page, /<html lang="fr">/);
      assert.match(page, /role="alert">La connexion avec Microsoft 365 est impossible pour le moment/);
      assert.match(page, /<form method="post" action="\/sign-in\?lang=fr"/, 'the e-mail form is still there');
      assert.equal(down.headers.getSetCookie().length, 0, 'no transaction begun');
      assert.ok(server.logs.has('identity provider not reachable'), 'the unreachable provider is logged');

      const centre = await centreId(server, 'CLB Later');
      await server.store.addPerson({ email: 'an@clb-oidc.example', name: 'An', role: 'centre-member', centreId: centre });
      provider = await startProvider({ port, redirectUri: `${server.url}/sign-in/oidc/callback`, accounts: ACCOUNTS });
      const browser = new Browser();
      const { answer } = await signInAtProvider(browser, server.url, 'an');
      assert.equal(answer.status, 303);
      assert.equal((await me(server, browser)).status, 200);
    } finally {
      await server.dispose();
      await provider?.close();
    }
  });
});

describe('without an identity provider', () => {
  it('has no button, and its routes answer 404', async () => {
    const server = await startTestServer();
    try {
      assert.doesNotMatch(await (await fetch(`${server.url}/sign-in`)).text(), /sign-in\/oidc/);
      assert.equal((await fetch(`${server.url}/sign-in/oidc`, { redirect: 'manual' })).status, 404);
      assert.equal((await fetch(`${server.url}/sign-in/oidc/callback?code=x&state=y`, { redirect: 'manual' })).status, 404);
    } finally {
      await server.dispose();
    }
  });

  it('refuses half-set settings, and an issuer that is not https (except on loopback)', () => {
    const env = (vars: Record<string, string>) => resolveConfig(configFromEnv(vars, '/'));
    assert.equal(env({}).oidc, undefined);
    assert.throws(() => env({ POOLSTER_OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0' }), ConfigError);
    assert.throws(() => env({ POOLSTER_OIDC_CLIENT_ID: 'poolster' }), ConfigError);
    assert.throws(() => env({ POOLSTER_OIDC_CLIENT_SECRET: 's' }), ConfigError);
    assert.throws(() => env({ POOLSTER_OIDC_NAME: 'Microsoft 365' }), ConfigError);
    assert.throws(() => env({ POOLSTER_OIDC_ISSUER: 'http://login.example/', POOLSTER_OIDC_CLIENT_ID: 'poolster' }), ConfigError);
    assert.throws(() => env({ POOLSTER_OIDC_ISSUER: 'not a url', POOLSTER_OIDC_CLIENT_ID: 'poolster' }), ConfigError);
    const set = env({ POOLSTER_OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0', POOLSTER_OIDC_CLIENT_ID: 'poolster', POOLSTER_OIDC_NAME: 'Microsoft 365' }).oidc!;
    assert.equal(set.issuer.href, 'https://login.microsoftonline.com/t/v2.0');
    assert.equal(set.clientSecret, undefined, 'a public client');
    assert.equal(set.name, 'Microsoft 365');
    assert.equal(env({ POOLSTER_OIDC_ISSUER: 'http://127.0.0.1:9000', POOLSTER_OIDC_CLIENT_ID: 'poolster' }).oidc!.name, 'OpenID Connect');
  });
});

describe('the address an ID token gives', () => {
  it('is `email` (lower-cased) unless it is said to be unverified, else an address in preferred_username', () => {
    assert.equal(addressOf({ sub: '1', email: ' An@Example.ORG ', email_verified: true }).email, 'an@example.org');
    assert.deepEqual(addressOf({ sub: '1', email: 'an@example.org' }), { email: 'an@example.org', from: 'email', subject: '1' }, 'email_verified absent: accepted');
    assert.equal(addressOf({ sub: '1', email: 'an@example.org', preferred_username: 'other@example.org' }).email, 'an@example.org', 'email comes first');
    assert.deepEqual(addressOf({ sub: '1', preferred_username: 'Bo@Example.org' }), { email: 'bo@example.org', from: 'preferred_username', subject: '1' });
    const refused = (claims: { sub: string } & Record<string, unknown>) =>
      assert.throws(() => addressOf(claims), (error: unknown) => error instanceof OidcRefusedError && error.kind === 'no-address');
    refused({ sub: '1', email: 'an@example.org', email_verified: false, preferred_username: 'an@example.org' });
    refused({ sub: '1', preferred_username: 'an' });
    refused({ sub: '1', preferred_username: 'an@localhost' });
    refused({ sub: '1' });
  });
});
