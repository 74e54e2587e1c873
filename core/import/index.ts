/**
 * The import stage. Light modules only here (the editor's paste path uses
 * them); the full pipeline with mammoth and OpenCC is `importDocument` in
 * ./import-document.js, imported directly by the Node side.
 */
export * from './plain-text.js';
export * from './markers.js';
export type { ImportNote, ImportNoteKind } from './notes.js';
export type { ImportDetected, ImportOptions, ImportResult, SourceKind } from './import-text.js';
export type { ImportSource, ImportDocumentOptions } from './import-document.js';
