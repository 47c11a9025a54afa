import { issue, type Issue } from './issues.js';
import { parseJson } from './parse-json.js';
import { applySourceDefaults } from './source-defaults.js';
import { folderLocator, positionedFile, type Locate, type PositionedFile } from './source-map.js';

/** The file access assembling needs; the CLI passes Node's, tests pass a map. */
export interface SourceReader {
  readFile(path: string): Promise<string>;
}

export type AssembleResult =
  | {
      ok: true;
      instrument: Record<string, unknown>;
      /** Where a path of the assembled instrument was written: file (relative to the folder), line, column. */
      locate: Locate;
    }
  | { ok: false; file: string; issue: Issue };

/**
 * Content authors keep an instrument as a folder: `instrument.json`, whose clusters list their block
 * ids, and one `blocks/<id>.json` per building block (small files, easy to review). This puts the
 * blocks in place and fills in what a source may leave out (see source-defaults.ts). It only
 * assembles: validation is the caller's next step.
 */
export async function loadInstrumentSource(dir: string, reader: SourceReader): Promise<AssembleResult> {
  const read = async (file: string): Promise<{ value: unknown; text: string } | { file: string; issue: Issue }> => {
    let text: string;
    try {
      text = await reader.readFile(file);
    } catch {
      return { file, issue: issue('source.missing-file', [], { file }) };
    }
    const parsed = parseJson(text);
    return parsed.ok ? { value: parsed.value, text } : { file, issue: parsed.issue };
  };
  const rootFile = `${dir}/instrument.json`;
  const root = await read(rootFile);
  if ('issue' in root) return { ok: false, ...root };
  const source = root.value as { clusters?: Array<{ blocks?: unknown[] }> };
  if (!source || typeof source !== 'object' || !Array.isArray(source.clusters)) {
    return { ok: false, file: rootFile, issue: issue('structure.missing', ['clusters'], { expected: 'array' }) };
  }
  // Positions are kept per file as it was read, so an issue in the assembled instrument leads back to a line.
  const blockFiles = new Map<string, PositionedFile>();
  const clusters = [];
  for (const [c, cluster] of source.clusters.entries()) {
    // A cluster or block list of the wrong type stays as written: validation names it where it is.
    if (!cluster || typeof cluster !== 'object' || !Array.isArray(cluster.blocks)) {
      clusters.push(cluster);
      continue;
    }
    const blocks = [];
    for (const [b, id] of cluster.blocks.entries()) {
      if (typeof id !== 'string') {
        blocks.push(id);
        continue;
      }
      const block = await read(`${dir}/blocks/${id}.json`);
      if ('issue' in block) return { ok: false, ...block };
      blockFiles.set(`${c}/${b}`, positionedFile(`blocks/${id}.json`, block.text));
      blocks.push(withoutSchemaLine(block.value));
    }
    clusters.push({ ...cluster, blocks });
  }
  const rest = withoutSchemaLine(source) as Record<string, unknown>;
  const locate = folderLocator(positionedFile('instrument.json', root.text), blockFiles);
  return { ok: true, instrument: applySourceDefaults({ ...rest, clusters }) as Record<string, unknown>, locate };
}

/**
 * `$schema` in a source file points editors at a schema file relative to that file (blocks at the block
 * schema); the assembled file lives elsewhere and has no place for it inside a block, so it is dropped.
 */
function withoutSchemaLine(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { $schema: _relativeToSource, ...rest } = value as Record<string, unknown>;
  return rest;
}
