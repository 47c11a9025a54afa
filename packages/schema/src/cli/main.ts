import { parseArgs } from 'node:util';
import { assembleCommand } from './commands/assemble.js';
import { csvCommand } from './commands/csv.js';
import { initCommand } from './commands/init.js';
import { schemaCommand } from './commands/schema.js';
import { translateCommand } from './commands/translate.js';
import { validateCommand } from './commands/validate.js';
import type { CliIo, Options } from './io.js';

const USAGE = `poolster: tools for Poolster instruments and responses

  poolster validate <instrument.json> [response.json …]   check files; exit 0 when valid, 1 when not
  poolster validate <source-dir>                          check a source folder; issues as file:line:column
  poolster csv <instrument.json> <response.json …>        one CSV row per response and building block
  poolster schema [--out dir]                             write the JSON Schema files
  poolster assemble <source-dir> [--out instrument.json]  build an instrument from instrument.json + blocks/*.json
  poolster init [folder]                                  start a new instrument: a source folder for assemble
  poolster translate <source-dir|file> --to <lang>        the texts missing in a language, as a CSV sheet to fill in
  poolster translate <source-dir|file> --merge <sheet>    put a filled sheet's texts back into the source files
  poolster preview <source-dir | instrument.json>         show it in the scan, report and comparison; reloads on change

options:
  --lang nl|fr|en   the language of messages (default en)
  --out <path>      where to write (csv, schema, assemble, translate)
  --port <n>        preview's port on 127.0.0.1 (default 4180, or any free one; 0: any free port)
  --help            this text

init options (what is not given is asked in a terminal):
  --name <text>           the network's name (title and publisher)
  --languages nl,fr       the languages, the default one first (default: the --lang language)
  --stages 4|"A,B,C,D"    how many stages, or their names (default 4)
  --clusters <n>          how many clusters (default 2)
  --blocks <n>            how many building blocks (default 6)
  --yes                   ask nothing: take the defaults

translate options:
  --to <lang>             the language to translate into; the sheet goes to --out, else to the output
  --merge <sheet.csv>     the filled sheet: fills only texts without a version in its language
  --force                 with --merge: also replace translations that differ from the sheet's
`;

const COMMANDS: Record<string, (io: CliIo, options: Options) => Promise<number>> = {
  validate: validateCommand,
  csv: csvCommand,
  schema: schemaCommand,
  assemble: assembleCommand,
  init: initCommand,
  translate: translateCommand,
  // Loaded when run: the HTTP server, the page and the answer generator cost the other commands nothing.
  preview: async (io, options) => (await import('./commands/preview.js')).previewCommand(io, options),
};

/** Runs the CLI and returns its exit code: 0 success, 1 invalid input, 2 wrong usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'en' },
        out: { type: 'string' },
        help: { type: 'boolean' },
        name: { type: 'string' },
        languages: { type: 'string' },
        stages: { type: 'string' },
        clusters: { type: 'string' },
        blocks: { type: 'string' },
        yes: { type: 'boolean' },
        to: { type: 'string' },
        merge: { type: 'string' },
        force: { type: 'boolean' },
        port: { type: 'string' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...positionals] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? io.out : io.err)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const { lang, out, help: _help, ...flags } = parsed.values;
  return run(io, { lang: lang ?? 'en', out, positionals, flags });
}
