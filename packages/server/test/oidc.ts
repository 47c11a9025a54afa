/**
 * A real OpenID Connect provider for tests (oidc-provider, on a loopback port), and a small browser
 * made of fetch and a cookie jar that signs in through the provider's own login and consent forms.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type AccountClaims } from 'oidc-provider';

/** The one client the test provider knows. */
export const TEST_CLIENT = { id: 'poolster-test', secret: 'a-client-secret-for-tests-only-0123456789' };

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/** A free loopback port: taken and given back, so a provider can be started on it later. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * Starts a provider on `port` with one confidential client for `redirectUri` and these accounts (the
 * login is the account id; the dev login form accepts any password).
 */
export async function startProvider(options: { port: number; redirectUri: string; accounts: Record<string, Omit<AccountClaims, 'sub'>> }): Promise<TestProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const { id: clientId, secret: clientSecret } = TEST_CLIENT;
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
    findAccount: (_ctx, id) => {
      const claims = options.accounts[id];
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    cookies: { keys: ['cookie-key-for-tests-only'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Cookies per origin (paths are not told apart: each name is used on one path in these flows). */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    let cookies = this.jar.get(origin);
    if (!cookies) this.jar.set(origin, (cookies = new Map()));
    return cookies;
  }

  /** One request, no redirects followed; cookies sent and kept. */
  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = this.cookies(target.origin);
    const headers: Record<string, string> = {};
    if (cookies.size > 0) headers.Cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (init.form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(target, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, redirect: 'manual', ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}) });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const gone = attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && new Date(a.slice(8)).getTime() < Date.now()));
      if (gone || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    return res;
  }
}

export interface SignInSteps {
  /** Rewrites the provider's authorization URL before the browser goes there. */
  authorization?: (url: URL) => URL;
  /** Rewrites the callback URL before the browser goes back to the server. */
  callback?: (url: URL) => URL;
}

/**
 * Presses the server's button and goes through the provider's login (as `login`) and consent forms,
 * following redirects, up to and including the server's answer to the callback. Returns that answer
 * (not followed further) and the callback URL used.
 */
export async function signInAtProvider(browser: Browser, serverUrl: string, login: string, steps: SignInSteps = {}): Promise<{ answer: Response; callback: URL }> {
  const server = new URL(serverUrl).origin;
  let res = await browser.request(`${serverUrl}/sign-in/oidc?lang=en`);
  let first = true;
  for (let hop = 0; hop < 20; hop++) {
    if (res.status >= 300 && res.status < 400) {
      let next = new URL(res.headers.get('location')!, res.url);
      await res.arrayBuffer();
      if (first && next.origin !== server) {
        next = steps.authorization?.(next) ?? next;
        first = false;
      }
      if (next.origin === server) {
        const callback = steps.callback?.(next) ?? next;
        return { answer: await browser.request(callback), callback };
      }
      res = await browser.request(next);
      continue;
    }
    const page = await res.text();
    if (res.status !== 200) throw new Error(`The provider answered ${res.status} at ${res.url}:\n${page}`);
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"/.exec(page);
    if (!form) throw new Error(`No form on the provider's page ${res.url}:\n${page}`);
    const fields: Record<string, string> = {};
    for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields[name!] = value!;
    if (/name="login"/.test(page)) Object.assign(fields, { login, password: 'any password' });
    res = await browser.request(new URL(form[1]!.replace(/&amp;/g, '&'), res.url), { form: fields });
  }
  throw new Error('Signing in at the provider did not come back to the server within 20 steps.');
}
