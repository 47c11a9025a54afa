/** The drafts part of the store on a PostgreSQL server this file starts (a database per case). */
import { draftCases } from './drafts-cases.js';
import { postgresEngine } from './engines.js';

draftCases(postgresEngine());
