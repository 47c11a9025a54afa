/**
 * Signing in for tests that are not about signing in: people and sessions made directly through the
 * server's store and its SignIn (the same hashing and expiry as a real sign-in), one per role and place,
 * reused within a server. The sign-in itself is tested end to end in sign-in.test.ts.
 */
import type { RunningServer } from '../src/server.js';
import { SESSION_COOKIE } from '../src/plugins/access.js';

export type Who =
  | { role: 'network-admin' }
  | { role: 'centre-member'; centre: string; group?: string }
  | { role: 'school-group-viewer'; group: string };

export const ADMIN: Who = { role: 'network-admin' };
export const member = (centre: string, group?: string): Who => ({ role: 'centre-member', centre, ...(group ? { group } : {}) });
export const viewer = (group: string): Who => ({ role: 'school-group-viewer', group });

/** The default school group of the centres tests make. */
export const TEST_GROUP = 'Scholengroep Test';

const servers = new Map<string, RunningServer>();
/** Per server (by origin: a TestServer is a copy of its RunningServer), the sessions made so far. */
const cookies = new Map<string, Map<string, Promise<string>>>();
let people = 0;

/** Lets `submit`, `getJson` and `allSummaries` sign in on this server by themselves. */
export function registerServer(server: RunningServer): void {
  servers.set(new URL(server.url).origin, server);
  cookies.delete(new URL(server.url).origin);
}

export function forgetServer(server: RunningServer): void {
  servers.delete(new URL(server.url).origin);
  cookies.delete(new URL(server.url).origin);
}

/** The server registered for a URL's origin, if any. */
export const serverFor = (url: string): RunningServer | undefined => servers.get(new URL(url).origin);

async function groupId(server: RunningServer, name: string): Promise<string> {
  const found = (await server.store.schoolGroups()).find((g) => g.name === name);
  return found?.id ?? (await server.store.addSchoolGroup({ name })).id;
}

/** The centre of this name, registered (in `group`, default the test group) when it is not yet. */
export async function centreId(server: RunningServer, name: string, group = TEST_GROUP): Promise<string> {
  const found = (await server.store.centres()).find((c) => c.name === name);
  return found?.id ?? (await server.store.addCentre({ name, schoolGroupId: await groupId(server, group) })).id;
}

/** The secret of a session for someone of this role and place (the value of the session cookie). */
export function sessionSecret(server: RunningServer, who: Who): Promise<string> {
  const key = JSON.stringify(who);
  const origin = new URL(server.url).origin;
  let byServer = cookies.get(origin);
  if (!byServer) cookies.set(origin, (byServer = new Map()));
  let secret = byServer.get(key);
  if (!secret) {
    // One registration at a time per server: concurrent ones would both register the test group.
    const previous = [...byServer.values()].at(-1)?.catch(() => '') ?? Promise.resolve('');
    secret = previous.then(async () => {
      people += 1;
      const email = `person-${process.pid}-${people}@test.example`;
      const person =
        who.role === 'network-admin'
          ? await server.store.addPerson({ email, name: 'Admin', role: who.role })
          : who.role === 'centre-member'
            ? await server.store.addPerson({ email, name: `Lid ${who.centre}`, role: who.role, centreId: await centreId(server, who.centre, who.group) })
            : await server.store.addPerson({ email, name: `Kijker ${who.group}`, role: who.role, schoolGroupId: await groupId(server, who.group) });
      return server.signIn.openSession(person);
    });
    byServer.set(key, secret);
  }
  return secret;
}

/** `{ Cookie }` headers for requests as someone. */
export async function as(server: RunningServer, who: Who): Promise<{ Cookie: string }> {
  return { Cookie: `${SESSION_COOKIE}=${await sessionSecret(server, who)}` };
}

/** A fetch as someone (the admin unless said). */
export async function fetchAs(server: RunningServer, path: string, init: RequestInit = {}, who: Who = ADMIN): Promise<Response> {
  return fetch(`${server.url}${path}`, { ...init, headers: { ...(await as(server, who)), ...(init.headers as Record<string, string> | undefined) } });
}

/** The cookie for a browser context (playwright's addCookies). */
export async function browserCookie(server: RunningServer, who: Who): Promise<{ name: string; value: string; url: string }> {
  return { name: SESSION_COOKIE, value: await sessionSecret(server, who), url: server.url };
}

/**
 * Signs in with a link the command line printed for a demo person (`npm start`): the first whose
 * description matches, e.g. /centre member, CLB Gent/. Resolves with the session cookie and the
 * described place (the centre or school group's name).
 */
export async function signInFromConsole(output: string, who: RegExp): Promise<{ cookie: string; place: string }> {
  const line = output.split('\n').find((l) => / \((network admin|school-group viewer, .+|centre member, .+)\): http/.test(l) && who.test(l));
  if (!line) throw new Error(`No printed sign-in link for ${who} in:\n${output}`);
  const [, description, link] = /\(([^)]+)\): (http\S+)$/.exec(line)!;
  const res = await fetch(link!, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];
  if (res.status !== 303 || !cookie) throw new Error(`Signing in with ${link} answered ${res.status}`);
  return { cookie, place: description!.split(', ').slice(1).join(', ') };
}
