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
      '/api/dashboard',
      '/api/mail',
      '/api/me',
      '/api/network',
      '/api/responses',
      '/api/responses/{id}',
      '/api/responses/{id}/overview.eml',
      '/api/responses/{id}/overview.html',
      '/api/responses/{id}/overview.txt',
      '/healthz',
      '/readyz',
    ]);
    const post = document.paths['/api/responses'].post;
    assert.deepEqual(Object.keys(post.responses).sort(), ['200', '201', '400', '401', '403', '409', '413', '415', '421', '429', '503']);
    assert.equal(post.responses['413'].content['application/json'].schema.$ref, '#/components/schemas/Error');
  });
});
