export * from './contact-import.ts';
export { applyContactImportChunk, type ChunkHooks, type ChunkResult } from './import-chunk.ts';
export { guessMapping } from './mapping.ts';
export { IMPORT_MAX_REQUEUES, IMPORT_STALL_MS, sweepStalledImports } from './stall-sweep.ts';
