import { type Instrument, type InstrumentValidation, type Issue } from '@poolster/schema';
import { checkInstrumentData, loadFullChecks } from './checks.js';
import { takeEarlyFetch } from './early-instrument.js';

/** `reason` 'checks': the instrument could not be checked (the file with the full checks did not load). */
export type LoadResult = { ok: true; instrument: Instrument } | { ok: false; reason: string; issues: Issue[] };

/**
 * Fetches and checks an instrument. Only the `src` host is contacted; failures come back as data (the
 * scan shows them in its error panel), never as exceptions into the host page.
 */
export async function loadInstrument(src: string, signal?: AbortSignal): Promise<LoadResult> {
  let text: string;
  try {
    // The drop-in's entry may have started this very request already (drop-in/prefetch.ts).
    const response = await (takeEarlyFetch(src, signal) ??
      fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) }));
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}`, issues: [] };
    text = await response.text();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error), issues: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return brokenJson(text);
  }
  return validated(data);
}

/**
 * Where a broken instrument file breaks (the schema's parseJson, the same issue the CLI and the server give):
 * with the full checks, loaded only then, so that the first block never waits for what only a broken file needs.
 */
function brokenJson(text: string): Promise<LoadResult> {
  return loadFullChecks().then(
    ({ parseJson }): LoadResult => {
      const parsed = parseJson(text);
      return { ok: false, reason: 'JSON', issues: parsed.ok ? [] : [parsed.issue] };
    },
    (): LoadResult => ({ ok: false, reason: 'checks', issues: [] }),
  );
}

/**
 * Checks an instrument given as data; errors (not warnings) make it unusable. At once for a sound
 * instrument (the quick checks, checks.ts); a broken one waits for the full checks, which say what is wrong.
 */
export function validated(data: unknown): LoadResult | Promise<LoadResult> {
  const checked = checkInstrumentData(data);
  if (!(checked instanceof Promise)) return result(checked);
  return checked.then(result, (): LoadResult => ({ ok: false, reason: 'checks', issues: [] }));
}

function result({ issues, instrument }: InstrumentValidation): LoadResult {
  const errors = issues.filter((i) => i.severity === 'error');
  return instrument && errors.length === 0 ? { ok: true, instrument } : { ok: false, reason: 'invalid', issues: errors };
}
