import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { jsonSchemas } from '../../src/json-schema.js';
import { fieldReference } from '../../scripts/field-reference.js';
import { generatedFiles } from '../../scripts/generated-files.js';

const packageRoot = new URL('../../', import.meta.url);
type Node = Record<string, any>;

/** The table rows of one `### Part` section, by field path. */
function rowsOf(markdown: string, part: string): Map<string, string[]> {
  const section = markdown.split(`\n### ${part}\n`)[1]?.split('\n### ')[0]?.split('\n## ')[0];
  assert.ok(section, `no section for ${part}`);
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const cells = line.slice(2, -2).split(' | ');
    rows.set(cells[0]!.replace(/`/g, ''), cells);
  }
  return rows;
}

describe('FIELDS.md, the field reference', async () => {
  const committed = await readFile(new URL('FIELDS.md', packageRoot), 'utf8');

  it('is committed exactly as the generator writes it (run npm run generate -w @poolster/schema)', async () => {
    assert.equal(committed, (await generatedFiles())['FIELDS.md']);
  });

  it('lists every field of every part of the instrument and the response, with required as the schema says', () => {
    const schemas = jsonSchemas();
    let checked = 0;
    for (const schema of [schemas.instrument, schemas.response] as Node[]) {
      for (const [name, part] of Object.entries<Node>(schema.$defs)) {
        if (!part.properties || name === 'ListItem') continue;
        const rows = rowsOf(committed, name);
        for (const [field, node] of Object.entries<Node>(part.properties)) {
          const row = rows.get(field);
          assert.ok(row, `${name}.${field} is missing`);
          assert.equal(row[2], (part.required ?? []).includes(field) ? 'yes' : 'no', `${name}.${field}: required`);
          if (node.description) assert.ok(row[4]!.includes(node.description.slice(0, 30)), `${name}.${field}: description`);
          checked += 1;
        }
      }
    }
    assert.ok(checked > 150, `only ${checked} fields checked`);
  });

  it('says which fields are rich text, flattens inline objects, and gives examples from real content', () => {
    const instrument = rowsOf(committed, 'Instrument');
    assert.match(instrument.get('placementNote')![1]!, /^\[rich text\]\(#richtext\) \(array of paragraphs\)$/);
    assert.match(instrument.get('title')![1]!, /^\[Text\]\(#text\)$/);
    assert.equal(instrument.get('id')![5], '`"lumen-three-stage"`');
    const block = rowsOf(committed, 'Block');
    assert.match(block.get('definition.text')![1]!, /rich text/);
    assert.equal(block.get('definition.text')![2], 'yes');
    assert.equal(block.get('qualityReferences[].code')![2], 'yes');
    assert.match(block.get('stages')![1]!, /^map of \[Identifier\]\(#identifier\) to \[rich text\]/);
    assert.match(rowsOf(committed, 'Stage').get('label')![5]!, /"en":"Emerging"/);
  });

  it('writes a default when the schema has one', () => {
    const schema = { $ref: '#/$defs/A', $defs: { A: { type: 'object', properties: { n: { type: 'integer', default: 3, description: 'How many.' } } } } };
    const empty = { $ref: '#/$defs/B', $defs: { B: { type: 'object', properties: {} } } };
    const markdown = fieldReference(schema, empty, { instruments: [{ n: 5 }], responses: [] });
    assert.deepEqual(rowsOf(markdown, 'A').get('n'), ['`n`', 'integer', 'no', '`3`', 'How many.', '`5`']);
  });

  it('is linked from the README, which says how to get editor completion', async () => {
    const readme = await readFile(new URL('README.md', packageRoot), 'utf8');
    assert.match(readme, /\]\(FIELDS\.md\)/);
    assert.match(readme, /\$schema/);
  });
});
