// The public API of odibi-ts: re-exports only.
export * from './errors.js';
export * from './error-codes.js';
export * from './config/types.js';
export * from './clock.js';
export * from './connections/connection.js';
export * from './engine/engine.js';
export * from './context/context.js';
export * from './results/types.js';
export * from './pipeline/events.js';
export * from './text/closest-match.js';
