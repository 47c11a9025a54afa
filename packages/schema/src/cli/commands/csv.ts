import { CSV_BYTE_ORDER_MARK } from '../../analysis/csv-byte-order-mark.js';
import { responseRows, toCsv } from '../../analysis/rows.js';
import type { Response } from '../../response.js';
import { validateResponse } from '../../validate-response.js';
import { responseDocuments } from '../response-documents.js';
import type { CliIo, Options } from '../io.js';
import { loadInstrument, printIssues, readJson } from '../load.js';

/**
 * `poolster csv <instrument.json> <responses…> [--out file]`: one row per response and building block.
 * Each file holds one response or an array of them. Drafts are welcome (unanswered cells stay empty),
 * but a response that does not fit the instrument stops the export: a partial table would mislead.
 */
export async function csvCommand(io: CliIo, options: Options): Promise<number> {
  const [instrumentFile, ...responseFiles] = options.positionals;
  if (!instrumentFile || responseFiles.length === 0) {
    io.err('usage: poolster csv <instrument.json> <response.json …> [--out file.csv]\n');
    return 2;
  }
  const { instrument } = await loadInstrument(io, instrumentFile, options.lang);
  if (!instrument) return 1;
  const responses: Response[] = [];
  let valid = true;
  for (const file of responseFiles) {
    const read = await readJson(io, file, options.lang);
    if (!read) {
      valid = false;
      continue;
    }
    responseDocuments(file, read.value).forEach(({ name, document }) => {
      const issues = validateResponse(instrument, document, { requireComplete: false });
      const errors = issues.filter((i) => i.severity === 'error');
      printIssues(io, name, errors, options.lang);
      if (errors.length > 0) valid = false;
      else responses.push(document as Response);
    });
  }
  if (!valid) return 1;
  const csv = toCsv(responseRows(instrument, responses, options.lang));
  if (options.out) await io.writeFile(options.out, CSV_BYTE_ORDER_MARK + csv); // a file is for a spreadsheet
  else io.out(csv);
  return 0;
}
