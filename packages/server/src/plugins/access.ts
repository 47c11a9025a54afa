import cookie from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hashSecret, SECRET_PATTERN } from '../auth/secrets.js';
import { HttpError } from '../http/errors.js';
import type { Person, Scope } from '../store/directory.js';
import type { ResponseStore } from '../store/store.js';

/**
 * Who may call a route, checked in one place (below) for every route:
 * - `public`: anyone (the scan's files, health checks, signing in and out);
 * - `signed-in`: any registered person; what they read is limited to their scope (see `scopeOf`);
 * - `centre-member`: a member of a centre (filling in and sending their centre's scan);
 * - `admin`: the network admin (and every route that does not say).
 */
export type Access = 'public' | 'signed-in' | 'centre-member' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; a route without it (unknown paths) is public. */
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in person, when the request carries a valid session. */
    person: Person | undefined;
  }
}

export const SESSION_COOKIE = 'poolster_session';

/** What a person may read: everything, one centre's scans, or a school group's centres' submitted scans. */
export function scopeOf(person: Person): Scope {
  if (person.role === 'centre-member' && person.centreId) return { kind: 'centre', centreId: person.centreId };
  if (person.role === 'school-group-viewer' && person.schoolGroupId) return { kind: 'school-group', schoolGroupId: person.schoolGroupId };
  if (person.role === 'network-admin') return { kind: 'all' };
  // A role without its place (the database forbids it): nothing.
  return { kind: 'centre', centreId: '' };
}

/** The person of a route that is not public (the access hook has checked there is one). */
export function personOf(request: FastifyRequest): Person {
  if (!request.person) throw new HttpError(401, 'sign-in-required', 'signInRequired');
  return request.person;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sessions, the cross-site guard and the access check. The session id travels in an HttpOnly,
 * SameSite=Lax cookie (Secure unless on plain-http loopback); the database holds only its hash. A request
 * that changes state must come from this server's own pages: a browser names the page's origin in
 * `Origin` (and `Sec-Fetch-Site`), and another site's is refused (403) before anything runs. Clients that
 * are not browsers send neither, and carry no one else's cookie.
 */
export const accessPlugin = fp<{ store: ResponseStore; now: () => Date; publicBaseUrl: string | undefined }>(
  async (app, { store, now, publicBaseUrl }) => {
    await app.register(cookie);
    app.decorateRequest('person', undefined);
    const publicOrigin = publicBaseUrl ? new URL(publicBaseUrl).origin : undefined;

    app.addHook('onRequest', async (request) => {
      if (STATE_CHANGING.has(request.method)) {
        const origin = request.headers.origin;
        const site = request.headers['sec-fetch-site'];
        const own = `${request.protocol}://${request.host}`;
        if (origin !== undefined ? origin !== own && origin !== publicOrigin : site !== undefined && site !== 'same-origin' && site !== 'none') {
          throw new HttpError(403, 'cross-site', 'crossSite');
        }
      }
      // A route that forgot to say is the admin's alone; an unknown path (no route) answers 404 to anyone.
      const access = request.routeOptions.config?.access ?? (request.routeOptions.url === undefined ? 'public' : 'admin');
      const secret = request.cookies[SESSION_COOKIE];
      if (secret && SECRET_PATTERN.test(secret) && (access !== 'public' || request.routeOptions.config?.wantsPerson)) {
        request.person = await store.sessionPerson(hashSecret(secret), now());
      }
      if (access === 'public') return;
      if (!request.person) throw new HttpError(401, 'sign-in-required', 'signInRequired');
      if (access === 'centre-member' && request.person.role !== 'centre-member') {
        // A centre's own things (its team rounds) are not there for anyone else, as another centre's are not.
        if (request.routeOptions.config?.othersNotFound) throw new HttpError(404, 'not-found', 'notFound');
        throw new HttpError(403, 'forbidden', 'forbidden');
      }
      if (access === 'admin' && request.person.role !== 'network-admin') throw new HttpError(403, 'forbidden', 'forbidden');
    });
  },
  { name: 'poolster-access', dependencies: ['poolster-language'] },
);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public route that still wants to know who is signed in (sign-out). */
    wantsPerson?: boolean;
    /** A `centre-member` route that answers 404 rather than 403 to anyone else signed in (viewers, the admin). */
    othersNotFound?: boolean;
  }
}
