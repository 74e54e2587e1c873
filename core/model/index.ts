export * from './schema.js';
export * from './numbering.js';
export * from './chinese-numerals.js';
export * from './text.js';
export * from './migrate.js';
export * from './create.js';
export * from './stats.js';
