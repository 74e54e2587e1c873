export * from './schema.js';
export * from './load.js';
export * from './instantiate.js';
export * from './kinds.js';
