/** One server-sent event stream on its own: its headers, `retry:`, events, keep-alive comments and its end. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { it } from 'node:test';
import Fastify from 'fastify';
import { EventStream } from '../src/rounds/event-stream.js';
import { SseReader } from './sse.js';

it('sends retry, the events as one-line JSON, keep-alive comments while quiet, and ends when told', async (t) => {
  const app = Fastify();
  t.after(() => app.close());
  let stream: EventStream | undefined;
  app.get('/events', async (request, reply) => {
    // A keep-alive every few milliseconds here, instead of every 15 s: the test waits for it, not for a time.
    stream = new EventStream(request, reply.header('X-Rate', '1'), 5);
    stream.send('round', { text: 'two\nlines', n: 1 });
    return reply;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const reader = await SseReader.open(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/events`);
  assert.equal(reader.response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  assert.equal(reader.response.headers.get('cache-control'), 'no-store');
  assert.equal(reader.response.headers.get('x-accel-buffering'), 'no');
  assert.equal(reader.response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(reader.response.headers.get('x-rate'), '1', 'headers set before the stream began are kept');
  assert.deepEqual(await reader.next(), { event: 'round', data: '{"text":"two\\nlines","n":1}' });
  assert.equal(reader.retry, 2000);
  await reader.comment('keep-alive');
  let ended = false;
  stream!.onClose(() => (ended = true));
  stream!.end();
  await reader.finished();
  assert.equal(ended, true);
  assert.equal(stream!.open, false);
});
