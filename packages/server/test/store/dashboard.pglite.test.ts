/** The dashboard part of the store on PGlite (a data folder per case). */
import { dashboardCases } from './dashboard-cases.js';
import { pgliteEngine } from './engines.js';

dashboardCases(pgliteEngine());
