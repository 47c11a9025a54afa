import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { AuditAction, AuditObject } from '../store/audit.js';
import type { ResponseStore } from '../store/store.js';

/**
 * What a route says about the audit log: which action on which kind of object each successful request
 * records, or why it records nothing (`none`, with the reason). Every route that is not public must say
 * one or the other: the server refuses to start otherwise, so a new route cannot forget it silently.
 */
export type AuditRule = { action: AuditAction; object: AuditObject; before?: true } | { none: string };

/**
 * Whether the rule's entry is written before the route acts: for what cannot be undone (a delete, or a
 * rule that says `before`), since an entry that fails after the change would be lost for good (a retry
 * finds nothing to act on). The entry then says what was asked.
 */
const recordsBefore = (rule: AuditRule | undefined): rule is { action: AuditAction; object: AuditObject; before?: true } =>
  rule !== undefined && !('none' in rule) && (rule.action === 'delete' || rule.before === true);

declare module 'fastify' {
  interface FastifyContextConfig {
    audit?: AuditRule;
  }
  interface FastifyRequest {
    /** The object the request acted on, when it is not the `:id` of the path (a new scan), and its centre. */
    auditTarget: { objectId?: string; centreId?: string } | undefined;
    /** Whether the request's entry was written before the route acted (see `recordsBefore`). */
    auditedBefore: boolean;
  }
}

/** Routes (method and URL) that are not public and declare no audit rule. */
export function routesWithoutAudit(routes: ReadonlyArray<Pick<RouteOptions, 'method' | 'url' | 'config'>>): string[] {
  return routes
    .filter((route) => {
      const config = route.config as { access?: string; audit?: AuditRule } | undefined;
      return (config?.access ?? 'admin') !== 'public' && config?.audit === undefined;
    })
    .map((route) => `${[route.method].flat().join(',')} ${route.url}`);
}

const pathId = (request: FastifyRequest) => {
  const id = (request.params as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * The audit log, written in one hook for every route that declares an action: after the route
 * succeeded (2xx) and before its answer leaves, so that what was read, changed, deleted or exported is
 * on record before anyone has it. When the entry cannot be kept, the request fails (503) instead of
 * going out unrecorded.
 */
export const auditPlugin = fp<{ store: ResponseStore; now: () => Date }>(
  async (app: FastifyInstance, { store, now }) => {
    app.decorateRequest('auditTarget', undefined);
    app.decorateRequest('auditedBefore', false);
    const routes: RouteOptions[] = [];
    app.addHook('onRoute', (route) => {
      if (route.method !== 'HEAD') routes.push(route);
    });
    // Checked once every route is registered (plugins may still set `access` in their own onRoute hooks).
    app.addHook('onReady', async () => {
      const missing = routesWithoutAudit(routes);
      if (missing.length > 0) throw new Error(`Routes without an audit rule (config.audit): ${missing.join('; ')}`);
    });
    // Access was checked on request (access.ts): only an allowed request is recorded, and when its entry
    // cannot be kept the route does not run (503), so nothing irreversible happens unrecorded.
    app.addHook('preHandler', async (request) => {
      const rule = request.routeOptions.config?.audit;
      if (!recordsBefore(rule) || !request.person) return;
      const params = request.params as { instrumentId?: unknown } | undefined;
      const objectId = pathId(request) ?? (typeof params?.instrumentId === 'string' ? params.instrumentId : undefined);
      await store.audit.record([
        { at: now(), personId: request.person.id, role: request.person.role, action: rule.action, objectKind: rule.object, ...(objectId !== undefined ? { objectId } : {}) },
      ]);
      request.auditedBefore = true;
    });
    app.addHook('onSend', async (request, reply, payload) => {
      const rule = request.routeOptions.config?.audit;
      if (!rule || 'none' in rule || request.auditedBefore || !request.person || reply.statusCode < 200 || reply.statusCode >= 300) return payload;
      const target = request.auditTarget ?? {};
      const objectId = target.objectId ?? pathId(request);
      await store.audit.record([
        {
          at: now(),
          personId: request.person.id,
          role: request.person.role,
          action: rule.action,
          objectKind: rule.object,
          ...(objectId !== undefined ? { objectId } : {}),
          ...(target.centreId !== undefined ? { centreId: target.centreId } : {}),
        },
      ]);
      return payload;
    });
  },
  { name: 'poolster-audit', dependencies: ['poolster-access'] },
);
