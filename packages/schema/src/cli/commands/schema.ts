import { jsonSchemas } from '../../json-schema.js';
import { sourceSchemas } from '../../source-schemas.js';
import type { CliIo, Options } from '../io.js';
import { labels } from '../labels.js';

/** `poolster schema [--out dir]`: writes every JSON Schema of the package (instrument, response, draft envelope, ballot, round, participant round, and a source folder's instrument and block files). */
export async function schemaCommand(io: CliIo, options: Options): Promise<number> {
  const dir = (options.out ?? '.').replace(/\/$/, '');
  const schemas = jsonSchemas();
  const source = sourceSchemas(schemas.instrument);
  for (const [name, schema] of Object.entries({ ...schemas, instrumentSource: source.instrumentSource, block: source.block })) {
    // The same file names as in the package's generated/ folder.
    const path = `${dir}/${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.schema.json`;
    await io.writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
    io.out(`${labels(options.lang).wrote} ${path}\n`);
  }
  return 0;
}
