import type { Instrument } from '@poolster/schema';
import { syntheticScans } from '@poolster/schema/synthetic-responses.js';
import type { CompareEntry } from './compare-data.js';

/**
 * Deterministic, realistic scans as the comparison's entries, for tests, stories and benchmarks. The
 * generator is the schema package's `syntheticScans`, which `poolster preview` uses too.
 */
export function syntheticEntries(instrument: Instrument, count: number, seed = 1): CompareEntry[] {
  return syntheticScans(instrument, count, seed);
}
