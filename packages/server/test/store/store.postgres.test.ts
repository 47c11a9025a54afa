/** The shared store suite on a PostgreSQL server this file starts (a database per case). */
import { postgresEngine } from './engines.js';
import { storeCases } from './store-cases.js';

storeCases(postgresEngine());
