export * from './plain-text.js';
export * from './markers.js';
