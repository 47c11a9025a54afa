/**
 * The comparison's data, as pure functions: which scans take part (entries), which centres are shown
 * (filters), in which order (sort), and each view's model and table. One file per job under data/.
 */
export * from './data/entries.js';
export * from './data/context.js';
export * from './data/filters.js';
export * from './data/sort.js';
export * from './data/matrix.js';
export * from './data/summaries.js';
