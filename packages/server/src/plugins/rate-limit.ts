import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.js';

/**
 * Requests per client address (`request.ip`: the proxy's client when POOLSTER_TRUST_PROXY is set) per
 * window, counted in memory by @fastify/rate-limit. Past the limit: 429 with Retry-After, worded in the
 * request's language. `max: 0` switches it off. Health checks are exempt (their routes say so).
 */
export const rateLimitPlugin = fp<{ max: number; windowMs: number }>(
  async (app, { max, windowMs }) => {
    if (max === 0) return;
    await app.register(rateLimit, {
      global: true,
      max,
      timeWindow: windowMs,
      errorResponseBuilder: () => new HttpError(429, 'too-many-requests', 'tooManyRequests'),
    });
  },
  { name: 'poolster-rate-limit' },
);
