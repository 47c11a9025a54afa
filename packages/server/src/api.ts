import type { IncomingMessage, ServerResponse } from 'node:http';
import { centreOf } from './centre.js';
import { BODY_LIMIT } from './config.js';
import { buildEml } from './eml.js';
import { HttpError, send, sendHtml, sendJson, sendJsonText } from './http.js';
import { pickLanguage, type Language } from './language.js';
import { HOST_MESSAGES } from './messages.js';
import { overviewCsp } from './overview-csp.js';
import { readBody } from './read-body.js';
import { formatIssue, formatPath, parseJson, renderOverviewEmail, validateResponse, type Instrument, type Issue, type Response } from './schema.js';
import type { ResponseStore } from './store.js';

export interface ApiContext {
  instrument: Instrument;
  store: ResponseStore;
  mailFrom: string;
  log: (line: string) => void;
}

/** An issue as the API reports it: a stable code, where (`blocks.prevention.levers.choices`), and a message. */
const issueOut = (issue: Issue, lang: Language) => ({ code: issue.code, path: formatPath(issue.path), message: formatIssue(issue, lang) });

/**
 * POST /api/responses: one submitted response, as JSON. 201 `{ id }` when stored now, 200
 * `{ id, duplicate: true }` when this response was stored before, 409 `{ id, error }` when other
 * answers are stored under its id; 400 `{ error, issues }` when it is not acceptable.
 */
export async function postResponse(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, lang: Language): Promise<void> {
  const t = HOST_MESSAGES[lang];
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported-media-type', t.unsupportedMediaType);

  const raw = await readBody(req, BODY_LIMIT, t.tooLarge);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new HttpError(400, 'invalid-encoding', t.invalidEncoding, { issues: [] });
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column } = parsed.issue.params as { line: number; column: number };
    throw new HttpError(400, 'invalid-json', t.invalidJson, { issues: [{ ...issueOut(parsed.issue, lang), line, column }] });
  }
  const body = parsed.value;
  const id = typeof body === 'object' && body !== null && typeof (body as { id?: unknown }).id === 'string' ? (body as { id: string }).id : undefined;

  const key = req.headers['idempotency-key'];
  if (key !== undefined && key !== id) {
    throw new HttpError(400, 'idempotency-key-mismatch', t.keyMismatch, {
      issues: [{ code: 'host.idempotency-key-mismatch', path: 'id', message: t.keyMismatch }],
    });
  }

  const errors = validateResponse(ctx.instrument, body).filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new HttpError(400, 'invalid-response', t.invalidResponse, { issues: errors.map((i) => issueOut(i, lang)) });

  const response = body as Response;
  if (response.status !== 'submitted') {
    throw new HttpError(400, 'not-submitted', t.notSubmitted, { issues: [{ code: 'host.not-submitted', path: 'status', message: t.notSubmitted }] });
  }

  const centre = centreOf(ctx.instrument, response);
  const outcome = await ctx.store.insert({
    id: response.id,
    instrumentId: response.instrumentId,
    instrumentVersion: response.instrumentVersion,
    centre,
    submittedAt: response.submittedAt!,
    body: JSON.stringify(response),
  });
  switch (outcome) {
    case 'created':
      ctx.log(`Stored response ${response.id}${centre ? ` (${centre.slice(0, 80)})` : ''}.`);
      sendJson(res, 201, { id: response.id }, { Location: `/api/responses/${encodeURIComponent(response.id)}` });
      return;
    case 'duplicate':
      sendJson(res, 200, { id: response.id, duplicate: true });
      return;
    case 'conflict':
      sendJson(res, 409, { id: response.id, error: t.conflict });
      return;
  }
}

/** GET /api/responses: a summary per stored response; `?full=1`: the responses themselves. */
export async function listResponses(ctx: ApiContext, res: ServerResponse, full: boolean): Promise<void> {
  if (full) sendJsonText(res, 200, `[${(await ctx.store.bodies()).join(',')}]`);
  else sendJson(res, 200, await ctx.store.list());
}

/** GET /api/responses/:id */
export async function getResponse(ctx: ApiContext, res: ServerResponse, id: string, lang: Language): Promise<void> {
  sendJsonText(res, 200, await storedBody(ctx, id, lang));
}

/** GET /api/responses/:id/overview.(html|txt|eml)[?lang=]: the overview for mail; the host sends no mail itself. */
export async function getOverview(
  ctx: ApiContext,
  res: ServerResponse,
  id: string,
  format: 'html' | 'txt' | 'eml',
  lang: Language,
  asked: string | null,
): Promise<void> {
  const response = JSON.parse(await storedBody(ctx, id, lang)) as Response;
  // The overview speaks the language the team filled the scan in (unless `?lang=` asks for another):
  // it is mailed to them, whatever the language of the browser that fetched it.
  const email = renderOverviewEmail(ctx.instrument, response, pickLanguage(undefined, asked ?? response.lang ?? ctx.instrument.defaultLanguage));
  const name = `poolster-${id.replace(/[^A-Za-z0-9-]/g, '')}`;
  switch (format) {
    case 'html':
      sendHtml(res, 200, email.html, { csp: overviewCsp(email.html) });
      return;
    case 'txt':
      send(res, 200, 'text/plain; charset=utf-8', email.text, { 'Cache-Control': 'no-store' });
      return;
    case 'eml':
      send(res, 200, 'message/rfc822', buildEml(email, { from: ctx.mailFrom, id }), {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="${name}.eml"`,
      });
      return;
  }
}

async function storedBody(ctx: ApiContext, id: string, lang: Language): Promise<string> {
  const body = await ctx.store.body(id);
  if (body === undefined) throw new HttpError(404, 'not-found', HOST_MESSAGES[lang].notFound);
  return body;
}
