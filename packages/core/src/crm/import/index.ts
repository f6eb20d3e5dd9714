export * from './contact-import.ts';
export { applyContactImportChunk, type ChunkHooks, type ChunkResult } from './import-chunk.ts';
export { guessMapping } from './mapping.ts';
