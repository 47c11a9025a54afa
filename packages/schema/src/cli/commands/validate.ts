import { validateResponse } from '../../validate-response.js';
import { responseDocuments } from '../response-documents.js';
import type { CliIo, Options } from '../io.js';
import { labels } from '../labels.js';
import { loadInstrument, printIssues, readJson } from '../load.js';

/** `poolster validate <instrument.json> [response.json …]`: 0 when all is valid, 1 when not. */
export async function validateCommand(io: CliIo, options: Options): Promise<number> {
  const [instrumentFile, ...responseFiles] = options.positionals;
  if (!instrumentFile) return usageError(io);
  const { instrument, ok } = await loadInstrument(io, instrumentFile, options.lang);
  let valid = ok;
  if (ok) io.out(`${instrumentFile}: ${labels(options.lang).valid}\n`);
  for (const file of responseFiles) {
    if (!instrument) {
      io.err(`${file}: ${labels(options.lang).noInstrumentChecked}\n`);
      continue;
    }
    const read = await readJson(io, file, options.lang);
    if (!read) {
      valid = false;
      continue;
    }
    responseDocuments(file, read.value).forEach(({ name, document }) => {
      const issues = validateResponse(instrument, document);
      printIssues(io, name, issues, options.lang);
      if (issues.some((i) => i.severity === 'error')) valid = false;
      else io.out(`${name}: ${labels(options.lang).valid}\n`);
    });
  }
  return valid ? 0 : 1;
}

function usageError(io: CliIo): number {
  io.err('usage: poolster validate <instrument.json> [response.json …]\n');
  return 2;
}
