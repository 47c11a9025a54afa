import type { CliIo, Options } from '../io.js';
import { labels } from '../labels.js';
import { checkSource, printPlacedIssues } from '../source.js';

/**
 * `poolster assemble <source-dir> [--out instrument.json]`: builds one instrument file from a content
 * source folder (instrument.json whose clusters list block ids, and blocks/<id>.json), then validates it.
 */
export async function assembleCommand(io: CliIo, options: Options): Promise<number> {
  const [dir] = options.positionals;
  if (!dir) {
    io.err('usage: poolster assemble <source-dir> [--out instrument.json]\n');
    return 2;
  }
  const { assembled, instrument, issues } = await checkSource(io, dir);
  printPlacedIssues(io, issues, options.lang);
  if (!instrument || !assembled) return 1;
  const json = `${JSON.stringify(assembled, null, 2)}\n`;
  if (options.out) {
    await io.writeFile(options.out, json);
    io.out(`${labels(options.lang).wrote} ${options.out}\n`);
  } else io.out(json);
  return 0;
}
