import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generatedFiles } from '../../scripts/generated-files.js';
import { GO_INSTRUMENT, fixture } from './memory-io.js';

const packageRoot = new URL('../../', import.meta.url);

describe('generated files', () => {
  it('are committed exactly as the generator produces them (run npm run generate after changing a zod schema)', async () => {
    for (const [relative, expected] of Object.entries(await generatedFiles())) {
      const committed = await readFile(new URL(relative, packageRoot), 'utf8').catch(() => '(missing)');
      assert.equal(committed, expected, `${relative} has drifted from its source`);
    }
  });
});

describe('the committed JSON Schema files', () => {
  const load = async (name: string) => JSON.parse(await readFile(new URL(`generated/${name}`, packageRoot), 'utf8'));
  const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
  const compile = async (name: string) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    return ajv.compile(await load(name));
  };

  it('carry the major version in a stable $id', async () => {
    assert.equal((await load('instrument.schema.json')).$id, 'urn:poolster:schema:1:instrument');
    assert.equal((await load('response.schema.json')).$id, 'urn:poolster:schema:1:response');
    assert.equal((await load('draft-envelope.schema.json')).$id, 'urn:poolster:schema:1:draft-envelope');
  });

  it('describe a draft envelope as validation reads it: a response with status "draft", the envelope closed', async () => {
    const envelope = await compile('draft-envelope.schema.json');
    const response = { ...(await json(fixture('three-stages.response.json'))), status: 'draft' };
    delete response.submittedAt;
    const draft = { format: 'poolster-draft', version: 1, savedAt: '2026-12-01T09:00:00Z', step: 'block-listening', response };
    assert.ok(envelope(draft), JSON.stringify(envelope.errors));
    assert.ok(envelope({ ...draft, savedBy: 'An Peeters' }), 'savedBy is allowed (a server sets it on reads)');
    assert.equal(envelope({ ...draft, response: { ...response, status: 'submitted' } }), false, 'a submitted response is not a draft');
    assert.equal(envelope({ ...draft, format: 'other' }), false);
    assert.equal(envelope({ ...draft, step: 'x'.repeat(201) }), false);
    assert.equal(envelope({ ...draft, extra: true }), false);
    assert.equal(envelope({ ...draft, response: { ...response, extra: true } }), false, 'the response stays closed inside the envelope');
    const { response: _dropped, ...withoutResponse } = draft;
    assert.equal(envelope(withoutResponse), false);
  });

  it('accept what zod accepts: the GO! content and the fixtures (checked by a standard validator)', async () => {
    const instrument = await compile('instrument.schema.json');
    for (const path of [GO_INSTRUMENT, fixture('three-stages.instrument.json'), fixture('six-stages.instrument.json')]) {
      assert.ok(instrument(await json(path)), `${path}: ${JSON.stringify(instrument.errors)}`);
    }
    const response = await compile('response.schema.json');
    for (const name of ['three-stages.response.json', 'six-stages.response.json']) {
      assert.ok(response(await json(fixture(name))), `${name}: ${JSON.stringify(response.errors)}`);
    }
  });

  it('refuse forbidden keys and ids, as validation does', async () => {
    const response = await compile('response.schema.json');
    const valid = await readFile(fixture('three-stages.response.json'), 'utf8');
    assert.ok(response(JSON.parse(valid)));
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      assert.equal(response(JSON.parse(valid.replace('"context": {', `"context": {"${key}": {},`))), false, `${key} in context`);
      assert.equal(response(JSON.parse(valid.replace('"listening": {', `"listening": {"${key}": {},`))), false, `${key} in a block`);
    }
    const instrument = await compile('instrument.schema.json');
    const three = await json(fixture('three-stages.instrument.json'));
    three.clusters[0].blocks[0].id = 'prototype';
    assert.equal(instrument(three), false);
  });

  it('reject what zod rejects for its structure', async () => {
    const instrument = await compile('instrument.schema.json');
    assert.equal(instrument(await json(fixture('broken-structure.instrument.json'))), false);
    const paths = new Set(instrument.errors!.map((e) => e.instancePath));
    for (const path of ['/version', '/blockQuestions/0/type', '/clusters/0/blocks/0/title']) assert.ok(paths.has(path), `${path} not reported`);
  });
});
