/** The team rounds' cases on a PostgreSQL server this file starts (a database per case). */
import { postgresEngine } from './engines.js';
import { roundsCases } from './rounds-cases.js';

roundsCases(postgresEngine());
