import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.js';
import { SESSION_COOKIE } from '../plugins/access.js';
import type { Person } from '../store/directory.js';

/**
 * The session cookie, the same whichever way a person signed in (a link by e-mail or an identity
 * provider): HttpOnly, SameSite=Lax, for the whole site, as long as the session lasts.
 */

/**
 * Secure as configured, and also whenever the request came over https: behind a TLS proxy that
 * POOLSTER_TRUST_PROXY trusts, that is what its X-Forwarded-Proto says (Fastify ignores it otherwise).
 */
export const secureCookieFor = (config: ServerConfig, request: FastifyRequest): boolean => config.secureCookies || request.protocol === 'https';

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: ServerConfig, secret: string): void {
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookieFor(config, request),
    maxAge: Math.floor(config.sessionLifetimeMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: ServerConfig): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookieFor(config, request) });
}

/** Where a person lands after signing in: a centre's member at the scan, everyone else at the dashboard. */
export const landingFor = (person: Person): string => (person.role === 'centre-member' ? '/' : '/dashboard');

/** The address people reach the server by: the configured one, else the request's own. */
export const baseUrlFor = (config: ServerConfig, request: FastifyRequest): string => config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
