/**
 * The schema's full, zod-backed checks, which the scan needs only when its quick checks cannot decide
 * (checks.ts): in the drop-in, a file of its own (poolster-full-checks.js), loaded on that first need.
 */
export { checkInstrument, validateResponse } from '@poolster/schema';
/** Where a broken instrument file breaks, said only when it is broken (load-instrument.ts). */
export { parseJson } from '@poolster/schema';
