import type { PlatformVars } from '../platform/vars.ts';
import type { AiProvider, OpenAIProviderOptions } from './provider.ts';

/** How this deployment writes with AI: the provider (null: not configured) and the organization limits. */
export interface AiSettings {
  readonly provider: AiProvider | null;
  /** Tokens an organization may use per calendar month (UTC). */
  monthlyTokenBudget: number;
  /** Generations an organization may start per minute. */
  ratePerMinute: number;
}

export function aiSettingsOf(vars: PlatformVars): AiSettings {
  let provider: AiProvider | null | undefined;
  return {
    // Made on first use: most requests never write with AI.
    get provider() {
      if (provider === undefined)
        provider = vars.OPENAI_API_KEY
          ? lazyProvider({
              apiKey: vars.OPENAI_API_KEY,
              baseUrl: vars.OPENAI_BASE_URL,
              model: vars.OPENAI_MODEL,
              moderationModel: vars.OPENAI_MODERATION_MODEL,
              timeoutMs: vars.AI_TIMEOUT_MS,
            })
          : null;
      return provider;
    },
    monthlyTokenBudget: vars.AI_MONTHLY_TOKEN_BUDGET,
    ratePerMinute: vars.AI_RATE_LIMIT_PER_MINUTE,
  };
}

/**
 * The SDK's module is loaded on the first AI call, not when a Worker starts: the edge serves pages and
 * redirects on the same isolate, and most of its cold starts never write with AI.
 */
function lazyProvider(opts: OpenAIProviderOptions): AiProvider {
  let made: Promise<AiProvider> | undefined;
  const provider = () => {
    made ??= import('./provider.ts').then((m) => m.openAIProvider(opts));
    return made;
  };
  return {
    model: opts.model,
    structured: async (req) => (await provider()).structured(req),
    flagged: async (texts) => (await provider()).flagged(texts),
  };
}
