import { SCHEMA_MAJOR } from './format-constants.js';

type JsonSchema = Record<string, unknown>;

export const INSTRUMENT_SOURCE_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:instrument-source`;
export const BLOCK_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:block`;

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function optional(part: JsonSchema, ...names: string[]): void {
  part.required = (part.required as string[]).filter((name) => !names.includes(name));
}

/**
 * The JSON Schemas of a source folder's files (the layout `poolster assemble` reads), so an editor checks
 * each file as the author writes it: `instrument.json`, whose clusters list block ids instead of blocks,
 * and `blocks/<id>.json`, one block with its own `$schema` line. Both are the instrument's schema with
 * another root, made from it so they can never disagree with it, except that they leave out what
 * assembling fills in (a title, the languages, the block placeholder, a block's stage descriptions).
 */
export function sourceSchemas(instrument: JsonSchema): { instrumentSource: JsonSchema; block: JsonSchema } {
  const { $schema, $defs } = instrument as { $schema: string; $defs: Record<string, JsonSchema> };

  const sourceDefs = copy($defs);
  const cluster = sourceDefs.Cluster as { properties: Record<string, JsonSchema> };
  cluster.properties.blocks = {
    ...cluster.properties.blocks,
    description: 'The ids of this cluster\'s blocks, in order: each one is the file blocks/<id>.json.',
    items: { $ref: '#/$defs/Identifier' },
  };
  delete sourceDefs.Block;
  // What assembling fills in when it is left out (source-defaults.ts); the descriptions say how.
  optional(sourceDefs.Instrument!, 'title', 'languages', 'blockPlaceholder');
  optional(sourceDefs.Cluster!, 'title');

  const blockDefs = copy($defs);
  const block = blockDefs.Block as { properties: Record<string, JsonSchema> };
  block.properties = { $schema: { type: 'string' }, ...block.properties };
  optional(blockDefs.Block!, 'title', 'stages');

  return {
    instrumentSource: {
      $schema,
      $id: INSTRUMENT_SOURCE_SCHEMA_ID,
      title: 'PoolsterInstrumentSource',
      $ref: '#/$defs/Instrument',
      $defs: sourceDefs,
    },
    block: { $schema, $id: BLOCK_SCHEMA_ID, title: 'PoolsterBlock', $ref: '#/$defs/Block', $defs: blockDefs },
  };
}
