/** The team rounds' cases on PGlite (a data folder per case). */
import { pgliteEngine } from './engines.js';
import { roundsCases } from './rounds-cases.js';

roundsCases(pgliteEngine());
