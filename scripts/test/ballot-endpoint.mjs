/**
 * A web-test-runner middleware: a small real HTTP endpoint that speaks the participant's side of the round
 * protocol under `/__ballots-test/` (join, GET/PUT a ballot, the round as server-sent events), so the
 * HTTP ballot backend is tested through the browser's own fetch and EventSource, not a stand-in.
 * One round, code K7P3QX; BUSY00 answers 429; errors have the API's shape `{ error: message, code }`.
 * `POST /__ballots-test/drop` ends every open event stream, as a server restart does, and
 * `POST /__ballots-test/reveal/:blockId` reveals a block (every stream is told), `POST /__ballots-test/reset`
 * opens every block again, `POST /__ballots-test/refuse-next-stream` answers the next event stream 502 (the
 * browser does not retry that by itself).
 */
const BASE = '/__ballots-test';
const ROUND = {
  roundId: '5b0c3f1e-8d2a-4c7b-9e61-2f4a6b8c0d1e',
  instrumentId: 'go-clb-poolster',
  instrumentVersion: '1.0.0',
  askAmbition: true,
  status: 'open',
};

export function ballotEndpoint() {
  const blocks = [
    { blockId: 'student-advocate', phase: 'voting', generation: 0 },
    { blockId: 'prevention', phase: 'voting', generation: 0 },
  ];
  const ballots = new Map();
  const streams = new Set();
  let tokens = 0;
  let refuseStreams = 0;
  const view = (token) => ({ ...ROUND, blocks: structuredClone(blocks), ballot: { format: 'poolster-ballot', version: 1, placements: ballots.get(token) ?? {} } });
  const tell = () => {
    for (const stream of streams) stream.res.write(`event: round\ndata: ${JSON.stringify(view(stream.token))}\n\n`);
  };
  const send = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const readBody = (req) =>
    new Promise((resolve) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        try {
          resolve(text ? JSON.parse(text) : undefined);
        } catch {
          resolve(undefined);
        }
      });
    });

  async function handle(req, res, path) {
    const lang = req.headers['accept-language'] ?? '';
    if (req.method === 'POST' && path === '/join') {
      const body = await readBody(req);
      const code = String(body?.code ?? '').replace(/[\s-]/g, '').toUpperCase();
      if (code === 'BUSY00') return send(res, 429, { error: 'Too many requests.', code: 'rate-limited' });
      if (code !== 'K7P3QX') return send(res, 404, { error: lang.startsWith('fr') ? 'Aucune ronde ouverte n’a ce code.' : 'No open round has this code.', code: 'round-not-found' });
      const token = `tok${++tokens}-AbC_d-`;
      ballots.set(token, {});
      return send(res, 201, { token, round: view(token) });
    }
    if (req.method === 'POST' && path === '/drop') {
      for (const stream of streams) stream.res.destroy();
      streams.clear();
      return send(res, 204);
    }
    if (req.method === 'POST' && path === '/refuse-next-stream') {
      refuseStreams += 1;
      return send(res, 204);
    }
    if (req.method === 'POST' && path === '/reset') {
      for (const block of blocks) block.phase = 'voting';
      return send(res, 204);
    }
    const reveal = /^\/reveal\/([\w-]+)$/.exec(path);
    if (req.method === 'POST' && reveal) {
      const block = blocks.find((b) => b.blockId === reveal[1]);
      if (block) block.phase = 'revealed';
      tell();
      return send(res, 204);
    }
    const ballot = /^\/ballots\/([^/]+)(\/events)?$/.exec(path);
    if (!ballot) return send(res, 404, { error: 'Not found.', code: 'not-found' });
    const token = decodeURIComponent(ballot[1]);
    if (!ballots.has(token)) return send(res, 404, { error: 'Unknown ballot.', code: 'not-found' });
    if (ballot[2] && req.method === 'GET') {
      if (refuseStreams > 0) {
        // As a proxy in front of a restarting server answers: not a stream, so the browser gives up on it.
        refuseStreams -= 1;
        return send(res, 502, { error: 'Bad gateway.', code: 'bad-gateway' });
      }
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(`retry: 100\n\nevent: round\ndata: ${JSON.stringify(view(token))}\n\n`);
      const stream = { token, res };
      streams.add(stream);
      req.on('close', () => streams.delete(stream));
      return;
    }
    if (req.method === 'GET') return send(res, 200, view(token));
    if (req.method === 'PUT') {
      const body = await readBody(req);
      if (body?.format !== 'poolster-ballot') return send(res, 400, { error: 'Not a ballot.', code: 'invalid-request', issues: [] });
      const stored = ballots.get(token);
      for (const [blockId, placement] of Object.entries(body.placements ?? {})) {
        const block = blocks.find((b) => b.blockId === blockId);
        if (block && block.phase === 'voting' && placement.generation === block.generation) stored[blockId] = placement;
      }
      return send(res, 200, view(token));
    }
    return send(res, 405, { error: 'Method not allowed.', code: 'bad-request' });
  }

  // A Koa middleware for the runner's `middleware` list (it runs before the file server answers 404).
  return async (ctx, next) => {
    if (!ctx.path.startsWith(`${BASE}/`)) return next();
    // Answered on the raw response: an event stream must not pass through the dev server's buffering.
    ctx.respond = false;
    await handle(ctx.req, ctx.res, ctx.path.slice(BASE.length));
  };
}
