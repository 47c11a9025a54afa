/** The outbox's cases on PGlite (a data folder per case). */
import { pgliteEngine } from './engines.js';
import { outboxCases } from './outbox-cases.js';

outboxCases(pgliteEngine());
