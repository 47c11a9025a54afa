/** The reference host, for tests and for embedding in a larger Node program. */
export { startHost, PortInUseError, type Host } from './server.js';
export { configFromEnv, resolveOptions, DEFAULTS, BODY_LIMIT, ConfigError, type HostOptions } from './config.js';
export { InstrumentError } from './instrument.js';
export { StoreError } from './store.js';
export { LockError } from './lock.js';
export type { StoreHooks, WriteStage } from './atomic-write.js';
