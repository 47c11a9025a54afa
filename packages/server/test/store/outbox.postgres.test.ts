/** The outbox's cases on a PostgreSQL server this file starts (a database per case). */
import { postgresEngine } from './engines.js';
import { outboxCases } from './outbox-cases.js';

outboxCases(postgresEngine());
