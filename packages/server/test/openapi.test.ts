import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { openApiDocument, openApiText } from '../src/openapi-document.js';

describe('openapi.json', () => {
  it('is what the routes’ schemas generate (run `npm run generate -w @poolster/server` after changing a route)', async () => {
    const committed = await readFile(new URL('../openapi.json', import.meta.url), 'utf8');
    assert.equal(committed, openApiText(await openApiDocument()));
  });

  it('documents every API route with its error replies, and no page or file', async () => {
    const document = JSON.parse(await readFile(new URL('../openapi.json', import.meta.url), 'utf8'));
    assert.equal(document.openapi, '3.1.0');
    assert.deepEqual(Object.keys(document.paths).sort(), [
      '/api/admin/centres',
      '/api/admin/centres/{id}',
      '/api/admin/people',
      '/api/admin/people/{id}',
      '/api/admin/school-groups',
      '/api/admin/school-groups/{id}',
      '/api/audit',
      '/api/ballots/{token}',
      '/api/ballots/{token}/events',
      '/api/dashboard',
      '/api/drafts/{instrumentId}',
      '/api/export/centres/{id}',
      '/api/export/people/{id}',
      '/api/join',
      '/api/mail',
      '/api/me',
      '/api/network',
      '/api/responses',
      '/api/responses/{id}',
      '/api/responses/{id}/overview.eml',
      '/api/responses/{id}/overview.html',
      '/api/responses/{id}/overview.txt',
      '/api/responses/{id}/reopen',
      '/api/rounds',
      '/api/rounds/{id}',
      '/api/rounds/{id}/blocks/{blockId}/reveal',
      '/api/rounds/{id}/blocks/{blockId}/revote',
      '/api/rounds/{id}/close',
      '/api/rounds/{id}/events',
      '/api/settings',
      '/healthz',
      '/readyz',
    ]);
    const post = document.paths['/api/responses'].post;
    assert.deepEqual(Object.keys(post.responses).sort(), ['200', '201', '400', '401', '403', '409', '413', '415', '421', '429', '503']);
    assert.equal(post.responses['413'].content['application/json'].schema.$ref, '#/components/schemas/Error');
    const drafts = document.paths['/api/drafts/{instrumentId}'];
    assert.deepEqual(Object.keys(drafts).sort(), ['delete', 'get', 'put']);
    assert.deepEqual(Object.keys(drafts.put.responses).sort(), ['200', '201', '400', '401', '403', '404', '409', '412', '413', '415', '421', '428', '429', '503']);
    assert.deepEqual(drafts.put.parameters.map((p: { in: string; name: string }) => `${p.in} ${p.name}`).sort(), ['header if-match', 'header if-none-match', 'path instrumentId']);
    assert.ok(drafts.put.requestBody.content['application/json'].schema.required.includes('response'));
    assert.ok(drafts.put.responses['412'].content['application/json'].schema.properties.current);
    // The admin's routes show their bodies and their 409s.
    const centres = document.paths['/api/admin/centres'].post;
    assert.deepEqual(centres.requestBody.content['application/json'].schema.required, ['name', 'schoolGroupId']);
    assert.ok(centres.responses['409'] && centres.responses['400']);
    assert.deepEqual(Object.keys(document.paths['/api/responses/{id}']).sort(), ['delete', 'get']);
    // Team rounds: the wire formats of the schema package, the event streams, the join's rate limit.
    const opened = document.paths['/api/rounds'].post;
    assert.deepEqual(opened.responses['201'].content['application/json'].schema.required, ['id', 'code', 'joinUrl', 'instrumentId', 'instrumentVersion', 'askAmbition', 'status', 'createdAt', 'participants', 'blocks']);
    assert.ok(opened.responses['409'].content['application/json'].schema.properties.current);
    assert.ok(document.paths['/api/rounds/{id}/events'].get.responses['200'].content['text/event-stream']);
    assert.ok(document.paths['/api/ballots/{token}/events'].get.responses['200'].content['text/event-stream']);
    assert.deepEqual(document.paths['/api/ballots/{token}'].put.requestBody.content['application/json'].schema.required, ['format', 'version', 'placements']);
    assert.ok(document.paths['/api/join'].post.responses['429']);
  });
});
