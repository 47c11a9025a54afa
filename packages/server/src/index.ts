/** The Poolster server, for tests, the benchmark and embedding in a larger Node program. */
export { startServer, PortInUseError, type RunningServer } from './server.js';
export { createApp, registerRoutes } from './app.js';
export { resolveConfig, DEFAULTS, BODY_LIMIT, ConfigError, type ServerOptions, type ServerConfig } from './config.js';
export { configFromEnv } from './env.js';
export { InstrumentError } from './instrument.js';
export { StoreError, StoreInputError, StoreUnavailableError, type ResponseStore } from './store/store.js';
export { openStore } from './store/open-store.js';
