/** When the server seeds the demo network and prints its sign-in links (a network admin's among them). */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig } from '../src/config.js';
import { DEMO_DOMAIN, demoWanted, seedDemo } from '../src/demo.js';
import { SESSION_COOKIE } from '../src/plugins/access.js';
import { goResponse, startTestServer, submit } from './helpers.js';
import { headerOf } from './smtp.js';

describe('the demo', () => {
  const embeddedLoopback = resolveConfig({ host: '127.0.0.1' });
  const reachable = resolveConfig({ host: '0.0.0.0', allowedHosts: ['scan.poolster.example'] });
  const postgres = resolveConfig({ host: '127.0.0.1', databaseUrl: 'postgres://poolster@localhost/poolster' });

  it('is on by default only on the embedded database, listening on loopback', () => {
    assert.equal(demoWanted(undefined, embeddedLoopback), true);
    assert.equal(demoWanted('', embeddedLoopback), true);
    assert.equal(demoWanted(undefined, reachable), false, 'reachable from the network');
    assert.equal(demoWanted(undefined, postgres), false, 'a real database');
  });

  it('follows POOLSTER_DEMO when it is set', () => {
    assert.equal(demoWanted('true', reachable), true);
    assert.equal(demoWanted('1', postgres), true);
    assert.equal(demoWanted('false', embeddedLoopback), false);
  });
});

describe('the demo network’s mail', () => {
  it('marks each centre’s member as its director, so a sent scan’s overview lands in the outbox folder (with the viewer’s notice)', async () => {
    const notices: string[] = [];
    const server = await startTestServer({ notice: (line) => notices.push(line) });
    try {
      assert.equal(await seedDemo(server.store), true);
      const directors = (await server.store.people()).filter((p) => p.director).map((p) => p.email);
      assert.deepEqual(directors, ['antwerpen', 'gent', 'kortrijk', 'mechelen'].map((name) => `${name}@${DEMO_DOMAIN}`));
      const member = (await server.store.personByEmail(`antwerpen@${DEMO_DOMAIN}`))!;
      const cookie = `${SESSION_COOKIE}=${await server.signIn.openSession(member)}`;
      assert.equal((await submit(server.url, await goResponse({ centre: 'CLB Antwerpen' }), { Cookie: cookie })).status, 201);
      await server.mail.idle();

      const outboxDir = join(server.dataDir, 'outbox');
      const files = (await readdir(outboxDir)).filter((name) => name.endsWith('.eml'));
      const mails = await Promise.all(files.map((name) => readFile(join(outboxDir, name), 'utf8')));
      const to = (address: string) => mails.find((eml) => headerOf(eml, 'To') === address);
      const overview = to(`antwerpen@${DEMO_DOMAIN}`);
      assert.ok(overview, `the director's overview among ${files.length} files`);
      assert.match(headerOf(overview, 'Subject')!, /CLB Antwerpen/);
      assert.match(overview, /Content-Type: text\/html/);
      assert.ok(to(`noord@${DEMO_DOMAIN}`), 'the school group viewer’s notice');
      assert.equal(mails.length, 2);
      assert.equal(notices.filter((line) => line.includes('written to')).length, 2, 'each announced on the console');
    } finally {
      await server.dispose();
    }
  });
});
