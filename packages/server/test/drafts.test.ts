/**
 * The drafts routes against the real server, on both engines: a centre's team keeps one draft of the
 * scan on the server, written only at the version it read; the draft goes when the scan is sent, and a
 * network admin can reopen a sent scan as the centre's draft again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Response } from '../../schema/src/index.js';
import { ENGINES, stopPostgres } from './engines.js';
import { goResponse, submit, type TestServer } from './helpers.js';
import { ADMIN, as, member, type Who } from './sessions.js';
import { makeRecord } from './store/records.js';
import { ALL } from '../src/store/directory.js';

after(stopPostgres);

const A = member('CLB A');
const B = member('CLB B');
const URL_PATH = '/api/drafts/go-clb-poolster';

/** A draft envelope of a GO! scan in progress (one block left open), its centre name typed as `typed`. */
async function envelope(options: { typed?: string; step?: string; id?: string } = {}) {
  const response = await goResponse({ status: 'draft', skipBlock: 'prevention', centre: options.typed ?? 'Getypte naam', ...(options.id ? { id: options.id } : {}) });
  return { format: 'poolster-draft', version: 1, savedAt: '2026-12-01T09:00:00.000Z', step: options.step ?? 'overview', response };
}

type Envelope = Awaited<ReturnType<typeof envelope>> & { savedBy?: string };

for (const engine of ENGINES) {
  describe(`drafts (${engine.name})`, () => {
    let server: TestServer;
    before(async () => (server = await engine.start()));
    after(() => server?.dispose());

    const call = async (who: Who, method: string, headers: Record<string, string> = {}, body?: unknown, path = URL_PATH) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...(await as(server, who)), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, etag: res.headers.get('etag'), json: text ? JSON.parse(text) : undefined, headers: res.headers };
    };

    it('creates, reads (with who saved it), replaces at the version read, and refuses a stale version with the stored draft', async () => {
      assert.equal((await call(A, 'GET')).status, 404);
      const sent = { ...(await envelope({ step: 'block-1' })), savedBy: 'Iemand Anders' };
      const created = await call(A, 'PUT', { 'If-None-Match': '*' }, sent);
      assert.equal(created.status, 201);
      assert.equal(created.etag, `"${created.json.etag}"`, 'the body carries the ETag without its quotes');

      const read = await call(A, 'GET');
      assert.equal(read.status, 200);
      assert.equal(read.etag, created.etag);
      assert.equal(read.headers.get('cache-control'), 'no-store');
      const draft = read.json as Envelope;
      assert.equal(draft.savedBy, 'Lid CLB A', 'savedBy is the saver’s name, whatever the body said');
      assert.equal(draft.step, 'block-1');
      assert.equal(draft.savedAt, sent.savedAt, 'savedAt as the client wrote it: a client whose page closed knows the draft it sent by it');
      assert.equal((draft.response.context['centre-name'] as { text: string }).text, 'CLB A', 'the centre name comes from the registered centre');
      assert.equal(draft.response.status, 'draft');

      const again = await call(A, 'PUT', { 'If-None-Match': '*' }, await envelope());
      assert.equal(again.status, 412);
      assert.equal(again.json.code, 'draft-exists');
      assert.equal(again.etag, created.etag);
      assert.equal((again.json.current as Envelope).step, 'block-1');

      const replaced = await call(A, 'PUT', { 'If-Match': created.etag! }, await envelope({ step: 'block-2' }));
      assert.equal(replaced.status, 200);
      assert.notEqual(replaced.etag, created.etag);
      const bare = await call(A, 'PUT', { 'If-Match': replaced.json.etag }, await envelope({ step: 'block-3' }));
      assert.equal(bare.status, 200, 'the tag is read with or without its quotes');

      const stale = await call(A, 'PUT', { 'If-Match': created.etag! }, await envelope({ step: 'stale' }));
      assert.equal(stale.status, 412);
      assert.equal(stale.json.code, 'draft-changed');
      assert.equal(stale.etag, bare.etag, 'the 412 names the stored version');
      assert.equal((stale.json.current as Envelope).step, 'block-3');
      assert.equal((await call(A, 'GET')).json.step, 'block-3', 'the stale write changed nothing');
    });

    it('answers 428 when a write names no version, and deletes only at the version read', async () => {
      const member = member_('CLB 428');
      assert.equal((await call(member, 'PUT', {}, await envelope())).status, 428);
      assert.equal((await call(member, 'PUT', { 'If-None-Match': '"5"' }, await envelope())).status, 428, 'only If-None-Match: * creates');
      const created = await call(member, 'PUT', { 'If-None-Match': '*' }, await envelope());
      assert.equal(created.status, 201);
      const noCondition = await call(member, 'DELETE');
      assert.equal(noCondition.status, 428);
      assert.match(noCondition.json.error, /If-Match/);
      const replaced = await call(member, 'PUT', { 'If-Match': created.etag! }, await envelope({ step: 'later' }));
      const stale = await call(member, 'DELETE', { 'If-Match': created.etag! });
      assert.equal(stale.status, 412);
      assert.equal(stale.etag, replaced.etag);
      assert.equal((stale.json.current as Envelope).step, 'later');
      assert.equal((await call(member, 'DELETE', { 'If-Match': replaced.etag! })).status, 204);
      assert.equal((await call(member, 'GET')).status, 404);
      const gone = await call(member, 'DELETE', { 'If-Match': replaced.etag! });
      assert.equal(gone.status, 412);
      assert.equal(gone.etag, null, 'no draft: no ETag');
      assert.equal(gone.json.current, undefined);
      const replaceGone = await call(member, 'PUT', { 'If-Match': replaced.etag! }, await envelope());
      assert.equal(replaceGone.status, 412, 'If-Match on a draft that is gone');
    });

    it('two saves with the same If-Match at once: exactly one wins, the other gets 412 with the winner’s draft', async () => {
      const member = member_('CLB Race');
      let etag = (await call(member, 'PUT', { 'If-None-Match': '*' }, await envelope({ step: 'start' }))).etag!;
      const [left, right] = [await envelope({ step: 'left' }), await envelope({ step: 'right' })];
      for (let round = 0; round < 5; round += 1) {
        const answers = await Promise.all([call(member, 'PUT', { 'If-Match': etag }, left), call(member, 'PUT', { 'If-Match': etag }, right)]);
        assert.deepEqual(answers.map((a) => a.status).sort(), [200, 412], `round ${round}`);
        const winner = answers.find((a) => a.status === 200)!;
        const loser = answers.find((a) => a.status === 412)!;
        assert.equal(loser.etag, winner.etag);
        assert.equal((loser.json.current as Envelope).step, winner === answers[0] ? 'left' : 'right');
        etag = winner.etag!;
      }
    });

    it('a member reaches only their own centre’s draft: B reads 404 and cannot change or delete A’s draft', async () => {
      const a = await call(A, 'GET');
      const etagA = a.status === 200 ? a.etag! : (await call(A, 'PUT', { 'If-None-Match': '*' }, await envelope())).etag!;
      assert.equal((await call(B, 'GET')).status, 404, 'B has no draft; the URL names no centre');
      const write = await call(B, 'PUT', { 'If-Match': etagA }, await envelope({ step: 'from B' }));
      assert.equal(write.status, 412);
      assert.equal(write.json.current, undefined, 'nothing of A’s draft is shown to B');
      assert.equal((await call(B, 'DELETE', { 'If-Match': etagA })).status, 412);
      assert.equal((await call(B, 'DELETE', { 'If-Match': '*' })).status, 412);
      const stillA = await call(A, 'GET');
      assert.equal(stillA.etag, etagA);
      assert.notEqual(stillA.json.step, 'from B');
      assert.equal((await call(B, 'PUT', { 'If-None-Match': '*' }, await envelope({ step: 'B’s own' }))).status, 201);
      assert.equal((await call(A, 'GET')).etag, etagA, 'B’s own draft is another draft');
      assert.equal((await call(ADMIN, 'GET')).status, 403, 'only centre members have drafts');
    });

    it('refuses a save or a discard from another site', async () => {
      const member = member_('CLB Cross');
      const created = await call(member, 'PUT', { 'If-None-Match': '*' }, await envelope({ step: 'mine' }));
      const evil = { Origin: 'https://evil.example' };
      assert.equal((await call(member, 'PUT', { ...evil, 'If-Match': created.etag! }, await envelope({ step: 'theirs' }))).status, 403);
      assert.equal((await call(member, 'DELETE', { ...evil, 'If-Match': created.etag! })).status, 403);
      const same = await call(member, 'GET');
      assert.equal(same.etag, created.etag);
      assert.equal(same.json.step, 'mine');
    });

    it('another instrument’s draft is not found', async () => {
      assert.equal((await call(A, 'GET', {}, undefined, '/api/drafts/other-instrument')).status, 404);
      assert.equal((await call(A, 'PUT', { 'If-None-Match': '*' }, await envelope(), '/api/drafts/other-instrument')).status, 404);
    });

    it('refuses an invalid envelope with localised issues (nl, fr, en), a submitted response included', async () => {
      const member = member_('CLB Invalid');
      const submitted = await goResponse({ centre: 'CLB Invalid' });
      const bad = { ...(await envelope()), response: submitted };
      const messages: string[] = [];
      for (const lang of ['nl', 'fr', 'en']) {
        const res = await call(member, 'PUT', { 'If-None-Match': '*', 'Accept-Language': lang }, bad);
        assert.equal(res.status, 400);
        assert.equal(res.json.code, 'invalid-draft');
        const issue = (res.json.issues as Array<{ code: string; path: string; message: string }>).find((i) => i.path === 'response.status');
        assert.ok(issue, JSON.stringify(res.json.issues));
        assert.equal(issue.code, 'structure.invalid-value');
        messages.push(res.json.error, issue.message);
      }
      assert.equal(new Set(messages).size, 6, `every message in its own language: ${messages.join(' | ')}`);
      const wrongFormat = await call(member, 'PUT', { 'If-None-Match': '*' }, { ...(await envelope()), format: 'other', version: '1' });
      assert.deepEqual(wrongFormat.json.issues.map((i: { path: string }) => i.path).sort(), ['format', 'version']);
      const answer = await envelope();
      (answer.response.blocks['strong-teamwork'] as Record<string, unknown>)['current-stage'] = { choice: 'no-such-stage' };
      const badAnswer = await call(member, 'PUT', { 'If-None-Match': '*' }, answer);
      assert.deepEqual(badAnswer.json.issues.map((i: { path: string }) => i.path), ['response.blocks.strong-teamwork.current-stage.choice']);
      assert.equal((await call(member, 'PUT', { 'If-None-Match': '*' }, '[1, 2]')).status, 400);
      const broken = await call(member, 'PUT', { 'If-None-Match': '*' }, '{"format": ');
      assert.equal(broken.json.code, 'invalid-json');
      assert.equal((await call(member, 'GET')).status, 404, 'nothing was stored');
    });

    it('refuses a draft over the body limit (1 MB) unread', async () => {
      const member = member_('CLB Big');
      const big = await envelope();
      (big.response.context['centre-name'] as { text: string }).text = 'x'.repeat(1024 * 1024);
      const res = await call(member, 'PUT', { 'If-None-Match': '*' }, big);
      assert.equal(res.status, 413);
      assert.equal((await call(member, 'GET')).status, 404);
    });

    it('the draft disappears when the scan is sent', async () => {
      const member = member_('CLB Sent');
      const draft = await envelope();
      assert.equal((await call(member, 'PUT', { 'If-None-Match': '*' }, draft)).status, 201);
      const sent = await goResponse({ centre: 'CLB Sent', id: draft.response.id });
      assert.equal((await submit(server.url, sent, await as(server, member))).status, 201);
      assert.equal((await call(member, 'GET')).status, 404);
    });

    it('a stale device cannot bring a sent scan back as a draft: 409 already-sent, in nl, fr and en', async () => {
      const member = member_('CLB Stale');
      const draft = await envelope();
      assert.equal((await call(member, 'PUT', { 'If-None-Match': '*' }, draft)).status, 201);
      const sent = await goResponse({ centre: 'CLB Stale', id: draft.response.id });
      assert.equal((await submit(server.url, sent, await as(server, member))).status, 201);
      // The other device's save of the version it read, then its try to create the draft again: both refused.
      assert.equal((await call(member, 'PUT', { 'If-Match': '"1"' }, draft)).json.code, 'already-sent');
      for (const [lang, words] of [['nl', /al verzonden/], ['fr', /déjà été envoyé/], ['en', /already been sent/]] as const) {
        const again = await call(member, 'PUT', { 'If-None-Match': '*', 'Accept-Language': lang }, draft);
        assert.equal(again.status, 409);
        assert.equal(again.json.code, 'already-sent');
        assert.match(again.json.error, words);
      }
      assert.equal((await call(member, 'GET')).status, 404, 'no draft came back');
      assert.equal((await call(member, 'PUT', { 'If-None-Match': '*' }, await envelope())).status, 201, 'a new scan’s draft is saved');
    });

    it('sending a scan leaves the draft of another scan; sending it again (duplicate) discards its own', async () => {
      const member = member_('CLB Late');
      const early = await goResponse({ centre: 'CLB Late' });
      const newer = await envelope();
      assert.equal((await call(member, 'PUT', { 'If-None-Match': '*' }, newer)).status, 201);
      // A late send of an earlier scan: the team's newer draft stays.
      assert.equal((await submit(server.url, early, await as(server, member))).status, 201);
      assert.equal((await call(member, 'GET')).json.response.id, newer.response.id);
      // The earlier scan again (its first answer lost): still not this draft.
      assert.equal((await submit(server.url, early, await as(server, member))).status, 200);
      assert.equal((await call(member, 'GET')).status, 200);
      // The draft's own scan sent twice, the draft saved again in between (a stale device): the second send discards it.
      const sent = await goResponse({ centre: 'CLB Late', id: newer.response.id });
      assert.equal((await submit(server.url, sent, await as(server, member))).status, 201);
      assert.equal((await call(member, 'GET')).status, 404);
      await server.store.drafts.create({ centreId: (await server.store.centres()).find((c) => c.name === 'CLB Late')!.id, instrumentId: 'go-clb-poolster' }, { envelope: newer, savedBy: (await server.store.people())[0]!.id, now: new Date() });
      assert.equal((await call(member, 'GET')).status, 200);
      assert.equal((await submit(server.url, sent, await as(server, member))).status, 200);
      assert.equal((await call(member, 'GET')).status, 404, 'the duplicate send discarded its draft');
    });

    it('reopen: a sent scan becomes the centre’s draft, a member reads it, and it can be sent again under its id', async () => {
      const member = member_('CLB Reopen');
      const sent = await goResponse({ centre: 'CLB Reopen' });
      assert.equal((await submit(server.url, sent, await as(server, member))).status, 201);
      assert.equal((await call(member, 'POST', {}, undefined, `/api/responses/${sent.id}/reopen`)).status, 403);

      const reopened = await call(ADMIN, 'POST', { 'Accept-Language': 'en' }, undefined, `/api/responses/${sent.id}/reopen`);
      assert.equal(reopened.status, 200, JSON.stringify(reopened.json));
      assert.equal(reopened.json.replacedDraft, false);
      assert.equal(reopened.etag, `"${reopened.json.etag}"`);
      assert.match(reopened.json.message, /CLB Reopen again/);
      assert.equal((await call(ADMIN, 'GET', {}, undefined, `/api/responses/${sent.id}`)).status, 404, 'the sent scan is no longer stored');

      const draft = await call(member, 'GET');
      assert.equal(draft.status, 200);
      assert.equal(draft.etag, reopened.etag);
      const response = (draft.json as Envelope).response as Response;
      assert.equal(response.id, sent.id);
      assert.equal(response.status, 'draft');
      assert.equal(response.submittedAt, undefined);
      assert.equal(draft.json.savedBy, 'Admin');

      // The team corrects the draft and sends it again.
      const corrected = await call(member, 'PUT', { 'If-Match': draft.etag! }, { ...draft.json, step: 'corrected' });
      assert.equal(corrected.status, 200, JSON.stringify(corrected.json));
      const resent = await submit(server.url, { ...response, status: 'submitted', submittedAt: '2026-12-03T10:00:00.000Z' }, await as(server, member));
      assert.equal(resent.status, 201);
      assert.equal((await call(member, 'GET')).status, 404, 'sent again: the draft is gone');

      // Reopened while the team had started another draft: refused and nothing changes, unless the admin asks
      // to replace it; then it is replaced, handed back, and the admin is told.
      assert.equal((await call(member, 'PUT', { 'If-None-Match': '*' }, await envelope({ step: 'new work' }))).status, 201);
      const refused = await call(ADMIN, 'POST', { 'Accept-Language': 'en' }, undefined, `/api/responses/${sent.id}/reopen`);
      assert.equal(refused.status, 409);
      assert.equal(refused.json.code, 'draft-exists');
      assert.match(refused.json.error, /is working on a draft/);
      assert.equal((await call(member, 'GET')).json.step, 'new work', 'the team’s draft is untouched');
      assert.equal(((await server.store.list({ scope: ALL })).items.some((s) => s.id === sent.id)), true, 'the sent scan is still stored');
      const replacing = await call(ADMIN, 'POST', { 'Accept-Language': 'nl' }, undefined, `/api/responses/${sent.id}/reopen?replace=true`);
      assert.equal(replacing.status, 200, JSON.stringify(replacing.json));
      assert.equal(replacing.json.replacedDraft, true);
      assert.equal(replacing.json.replaced.step, 'new work', 'the replaced draft is handed back');
      assert.match(replacing.json.message, /vervangen/);
      assert.equal((await call(member, 'GET')).json.response.id, sent.id);
      assert.equal((await call(ADMIN, 'POST', {}, undefined, '/api/responses/no-such-scan/reopen')).status, 404);
      // A scan stored before centres were registered belongs to no centre: it stays as it is.
      const legacy = makeRecord({ centre: 'CLB Vroeger' });
      assert.equal(await server.store.insert(legacy), 'created');
      const noCentre = await call(ADMIN, 'POST', { 'Accept-Language': 'fr' }, undefined, `/api/responses/${legacy.id}/reopen`);
      assert.equal(noCentre.status, 409);
      assert.equal(noCentre.json.code, 'no-centre');
      assert.match(noCentre.json.error, /aucun centre/);
      assert.ok(await server.store.get(legacy.id, ALL));
    });
  });
}

/** A member of a centre of its own, so each case starts without a draft. */
function member_(centre: string): Who {
  return member(centre);
}
