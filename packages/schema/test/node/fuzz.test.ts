import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ISSUE_CODES, type Issue } from '../../src/issues.js';
import { MESSAGES, formatIssue } from '../../src/messages/index.js';
import { checkInstrument, validateInstrument } from '../../src/validate-instrument.js';
import { validateResponse } from '../../src/validate-response.js';
import { mutate, mutationArb } from '../support/mutate.js';
import { GO_INSTRUMENT, fixture } from './memory-io.js';

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
const go = await json(GO_INSTRUMENT);
const three = await json(fixture('three-stages.instrument.json'));
const response = await json(fixture('three-stages.response.json'));
const schemas = new URL('../../generated/', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const instrumentSchema = ajv.compile(await json(new URL('instrument.schema.json', schemas).pathname));
const responseSchema = ajv.compile(await json(new URL('response.schema.json', schemas).pathname));

const codes = new Set<string>(ISSUE_CODES);

/** Every issue is well-formed and has a message in every language with no placeholder left open. */
function assertWellFormed(issues: Issue[]): void {
  for (const issue of issues) {
    assert.ok(codes.has(issue.code), issue.code);
    assert.ok(Array.isArray(issue.path) && issue.path.every((k) => typeof k === 'string' || typeof k === 'number'), JSON.stringify(issue.path));
    assert.ok(issue.severity === 'error' || issue.severity === 'warning');
    for (const lang of Object.keys(MESSAGES)) {
      // Every placeholder of the message has its value. (A value may itself read "{n}": an unknown placeholder is named as written.)
      const open = [...MESSAGES[lang]![issue.code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !(name in issue.params));
      assert.deepEqual(open, [], `${issue.code} in ${lang}`);
      assert.ok(formatIssue(issue, lang).trim() !== '', `${issue.code} in ${lang}`);
    }
  }
}

/** Counted so the closing note can say how many cases ran. */
const RUNS = { instruments: 2000, responses: 2000, arbitrary: 1000 };

describe('property-based: validation never throws and always explains itself', () => {
  it(`mutated instruments (${RUNS.instruments} cases): issues with paths; zod and the JSON Schema agree on structure`, () => {
    fc.assert(
      fc.property(fc.constantFrom(go, three), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (base, mutations) => {
        const doc = mutate(base, mutations);
        const { issues, instrument } = checkInstrument(doc);
        assertWellFormed(issues);
        const structural = issues.some((i) => i.code.startsWith('structure.'));
        // The JSON Schema is generated from zod: on structure they must agree, whatever the input.
        assert.equal(instrumentSchema(doc), !structural, JSON.stringify(issues.slice(0, 3)));
        assert.equal(instrument !== undefined, !structural);
      }),
      { numRuns: RUNS.instruments, seed: 20261122 },
    );
  });

  it(`mutated responses (${RUNS.responses} cases), complete and as drafts`, () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, complete) => {
        const doc = mutate(response, mutations);
        const issues = validateResponse(three, doc, { requireComplete: complete });
        assertWellFormed(issues);
        const structural = issues.some((i) => i.code.startsWith('structure.'));
        assert.equal(responseSchema(doc), !structural, JSON.stringify(issues.slice(0, 3)));
      }),
      { numRuns: RUNS.responses, seed: 20261123 },
    );
  });

  it(`arbitrary JSON values (${RUNS.arbitrary} cases) as instruments and as responses`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const a = validateInstrument(value);
        const b = validateResponse(three, value);
        assert.ok(a.length > 0 && b.length > 0);
        assertWellFormed([...a, ...b]);
      }),
      { numRuns: RUNS.arbitrary, seed: 20261124 },
    );
  });
});
