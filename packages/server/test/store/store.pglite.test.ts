/** The shared store suite on PGlite (a data folder per case). */
import { pgliteEngine } from './engines.js';
import { storeCases } from './store-cases.js';

storeCases(pgliteEngine());
