/** The dashboard part of the store on a PostgreSQL server this file starts (a database per case). */
import { dashboardCases } from './dashboard-cases.js';
import { postgresEngine } from './engines.js';

dashboardCases(postgresEngine());
