import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { PUBLIC_DIR } from '../paths.js';

/** The team rounds' drop-in (its elements <poolster-vote> and <poolster-round>), next to poolster.js. */
export const ROUNDS_DROP_IN = 'poolster-rounds.js';

/** The name of one of the drop-in's own files, after `poolster-`: lowercase words joined by hyphens. */
const DROP_IN_PART = /^[a-z]+(-[a-z]+)*$/;

/** Source maps stay private: they would publish the sources, and the pages do not need them. */
const notAMap = (path: string) => !path.endsWith('.map');

/**
 * The files served as they are, by @fastify/static: the server's own (/host.css, /dashboard.js,
 * /favicon.svg, one route each, fixed at start) and the drop-ins /poolster.js (with the files it imports,
 * /poolster-core.js and those it loads on first use) and /poolster-rounds.js (read on each request, so a
 * rebuild shows without a restart). They are cached but revalidated on every load (`no-cache` and an
 * ETag): their URLs do not change with their content. Nothing else on disk is reachable, and no `.map`.
 */
export const staticRoutes: FastifyPluginAsync<AppContext> = async (app, { config, instrumentJson }) => {
  // The page's files are public (the sign-in page needs its stylesheet); this covers @fastify/static's routes too.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: 'public' };
  });
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    wildcard: false,
    index: false,
    serveDotFiles: false,
    allowedPath: notAMap,
    globIgnore: ['**/*.map'],
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('Cache-Control', 'no-cache');
      // The registered type of JavaScript (RFC 9239); @fastify/send still says application/javascript.
      if (path.endsWith('.js')) reply.header('Content-Type', 'text/javascript; charset=utf-8');
    },
  });

  const dropInDir = dirname(config.dropInPath);
  const dropInName = basename(config.dropInPath);
  app.get('/poolster.js', { schema: { hide: true } }, async (_request, reply) => {
    if (!existsSync(config.dropInPath)) throw new HttpError(503, 'missing-build', 'missingBuild');
    return reply.sendFile(dropInName, dropInDir);
  });

  // The team rounds' drop-in, built next to the scan's (a page without rounds never loads it).
  const roundsPath = join(dropInDir, ROUNDS_DROP_IN);
  app.get(`/${ROUNDS_DROP_IN}`, { schema: { hide: true } }, async (_request, reply) => {
    if (!existsSync(roundsPath)) throw new HttpError(503, 'missing-build', 'missingBuild');
    return reply.sendFile(ROUNDS_DROP_IN, dropInDir);
  });

  // The drop-in's other files, built next to it (poolster-core.js, which it imports, and the files it loads
  // on first use: poolster-report.js, poolster-compare.js, …). Served like /poolster.js: the browser
  // resolves them against /poolster.js's URL, so they come from this origin and `script-src 'self'` holds.
  // Only names of that form that exist beside the drop-in; the pattern leaves no room for a path.
  app.get('/poolster-:part.js', { schema: { hide: true } }, async (request, reply) => {
    const { part } = request.params as { part: string };
    const file = `poolster-${part}.js`;
    if (!DROP_IN_PART.test(part) || !existsSync(join(dropInDir, file))) throw new HttpError(404, 'not-found', 'notFound');
    return reply.sendFile(file, dropInDir);
  });

  // The instrument is served from memory: exactly the bytes validated at start (the file on disk may
  // have changed since), with a content hash as its ETag.
  const etag = `"${createHash('sha256').update(instrumentJson).digest('base64url').slice(0, 27)}"`;
  app.get('/instrument.json', { schema: { hide: true } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-cache').header('ETag', etag);
    const match = request.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(instrumentJson);
  });
};
