/** The drafts part of the store on PGlite (a data folder per case). */
import { draftCases } from './drafts-cases.js';
import { pgliteEngine } from './engines.js';

draftCases(pgliteEngine());
