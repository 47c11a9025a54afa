/** When the server seeds the demo network and prints its sign-in links (a network admin's among them). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../src/config.js';
import { demoWanted } from '../src/demo.js';

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
