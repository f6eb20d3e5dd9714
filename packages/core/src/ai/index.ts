export * from './errors.ts';
export { type AiDeps, type GenerateOptions, generate, usage } from './generate.ts';
export type { AiProvider, OpenAIProviderOptions } from './provider.ts';
export { type AiSettings, aiSettingsOf } from './settings.ts';
